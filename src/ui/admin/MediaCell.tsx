'use client'

import type { DefaultCellComponentProps } from 'payload'

import { mediaKind } from './MediaPreview'
import './admin.css'

/** A list cell for media rows: a thumbnail, a muted clip, or a small audio player. */
export function MediaCell({ rowData }: DefaultCellComponentProps) {
  const name = String(rowData.filename ?? rowData.id)
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
