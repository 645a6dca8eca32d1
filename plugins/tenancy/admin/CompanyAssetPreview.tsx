'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { CellOpener, MediaCell } from '../../../src/ui/admin/MediaCell'
import { type MediaFile, MediaPreview } from '../../../src/ui/admin/MediaPreview'
import '../../../src/ui/admin/admin.css'
import { ColorSwatches } from './ColorSwatches'

type Asset = MediaFile & { type?: string; value?: unknown }

const colorsOf = (asset: Asset) =>
  asset.value && typeof asset.value === 'object' ? (asset.value as Record<string, string>) : {}

/** A brand asset as it looks: a colour scheme as swatches, a logo or badge as the picture, a font's file facts. */
export function CompanyAssetPreview() {
  const { id, savedDocumentData } = useDocumentInfo()
  const asset = savedDocumentData as Asset | undefined
  if (!id || !asset) return null
  return (
    <section className="reel-panel" aria-label="Preview">
      <h2>Preview</h2>
      {asset.type === 'COLOR_SCHEME' ? (
        <ColorSwatches colors={colorsOf(asset)} />
      ) : (
        <MediaPreview
          file={asset}
          label={`${asset.type ?? 'Asset'} ${asset.filename ?? ''}`.trim()}
        />
      )}
    </section>
  )
}

/** The list cell: swatches for colour schemes, the thumbnail or file type for the rest. */
export function CompanyAssetCell(props: DefaultCellComponentProps) {
  const asset = props.rowData as Asset
  if (asset.type !== 'COLOR_SCHEME') return <MediaCell {...props} />
  return (
    <CellOpener {...props} name="Colour scheme">
      <ColorSwatches colors={colorsOf(asset)} small />
    </CellOpener>
  )
}
