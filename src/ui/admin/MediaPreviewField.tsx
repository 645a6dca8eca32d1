'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientProps } from 'payload'

import { type MediaFile, MediaPreview } from './MediaPreview'
import './admin.css'

/**
 * The `preview` field of an upload collection: the saved file as a picture or a player, with its
 * size, dimensions and duration (`admin.components.Field` of a `ui` field, see `mediaPreviewField`).
 */
export function MediaPreviewField(props: UIFieldClientProps) {
  const { savedDocumentData, id } = useDocumentInfo()
  const file = savedDocumentData as MediaFile | undefined
  const label = typeof props.field.label === 'string' ? props.field.label : 'Preview'
  if (!id || !file?.url) return null
  return (
    <section className="reel-panel" aria-label={label}>
      <h2>{label}</h2>
      <MediaPreview file={file} label={label} />
    </section>
  )
}
