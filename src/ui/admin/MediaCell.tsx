'use client'

import { Link, useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import type { ReactNode } from 'react'

import { mediaKind } from './MediaPreview'
import './admin.css'

/** A list cell for media rows: a thumbnail, a muted clip, or a small audio player. */
export function MediaCell(props: DefaultCellComponentProps) {
  const { rowData } = props
  const name = String(rowData.originalFilename ?? rowData.filename ?? rowData.id)
  return (
    <CellOpener {...props} name={name}>
      <MediaThumbnail rowData={rowData} name={name} />
    </CellOpener>
  )
}

function MediaThumbnail({ rowData, name }: { rowData: Record<string, unknown>; name: string }) {
  const url = (rowData.thumbnailURL as string | undefined) ?? (rowData.url as string | undefined)
  if (!url) return <span className="reel-muted">No file</span>
  switch (mediaKind(rowData.mimeType as string | undefined)) {
    case 'image':
      return (
        <img src={url} alt={`Thumbnail of ${name}`} className="reel-cell-media" loading="lazy" />
      )
    case 'video':
      return (
        <video
          src={rowData.url as string}
          muted
          preload="metadata"
          aria-label={`Clip ${name}`}
          className="reel-cell-media"
        />
      )
    case 'audio':
      return (
        <audio
          src={rowData.url as string}
          controls
          preload="none"
          aria-label={`Sound ${name}`}
          className="reel-cell-media"
        />
      )
    default:
      return <span className="reel-muted">{String(rowData.mimeType ?? 'file')}</span>
  }
}

/**
 * Payload links a list's first column to the document (or, in a join table, makes it a button
 * that opens a drawer). A preview in that column keeps that way in: the row's name as the link,
 * beside the preview (players cannot sit inside a link).
 */
export function CellOpener({
  children,
  collectionSlug,
  link,
  linkURL,
  onClick,
  rowData,
  viewType,
  cellData,
  name,
}: DefaultCellComponentProps & { children: ReactNode; name: string }) {
  const adminRoute = useConfig().config.routes.admin
  const href =
    linkURL ??
    `${adminRoute}/collections/${collectionSlug}${viewType === 'trash' ? '/trash' : ''}/${encodeURIComponent(String(rowData.id))}`
  const opener =
    typeof onClick === 'function' ? (
      <button
        type="button"
        className="reel-cell-opener"
        onClick={() => onClick({ cellData, collectionSlug, rowData })}
      >
        {name}
      </button>
    ) : link ? (
      <Link href={href} prefetch={false} className="reel-cell-opener">
        {name}
      </Link>
    ) : null
  return (
    <span className="reel-cell">
      {children}
      {opener}
    </span>
  )
}
