'use client'

import { useState } from 'react'

import { formatBytes, formatDuration } from './format'
import './admin.css'

export type MediaFile = {
  url?: string | null
  thumbnailURL?: string | null
  mimeType?: string | null
  filename?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  /** Seconds, when the document stores it (sounds, clips, films). */
  duration?: number | null
}

export const mediaKind = (mimeType?: string | null) =>
  mimeType?.startsWith('image/')
    ? 'image'
    : mimeType?.startsWith('video/')
      ? 'video'
      : mimeType?.startsWith('audio/')
        ? 'audio'
        : 'file'

/**
 * A stored file as a person wants to see it: the picture, a video or audio player, and its size,
 * dimensions and duration (measured by the browser when the document does not store them).
 */
export function MediaPreview({ file, label }: { file: MediaFile; label: string }) {
  const [measured, setMeasured] = useState<{ width?: number; height?: number; duration?: number }>(
    {},
  )
  const kind = mediaKind(file.mimeType)
  const width = file.width ?? measured.width
  const height = file.height ?? measured.height
  const duration = file.duration ?? measured.duration
  const facts: Array<[string, string | null]> = [
    ['File', file.filename ?? null],
    ['Type', file.mimeType ?? null],
    ['Size', formatBytes(file.filesize)],
    ['Dimensions', width && height ? `${width} × ${height} px` : null],
    ['Duration', formatDuration(duration)],
  ]
  const src = file.url ?? undefined
  return (
    <div className="reel-media">
      {src && kind === 'image' && <img src={src} alt={label} className="reel-media__player" />}
      {src && kind === 'video' && (
        <video
          src={src}
          controls
          preload="metadata"
          aria-label={label}
          className="reel-media__player"
          onLoadedMetadata={(e) =>
            setMeasured({
              width: e.currentTarget.videoWidth,
              height: e.currentTarget.videoHeight,
              duration: e.currentTarget.duration,
            })
          }
        />
      )}
      {src && kind === 'audio' && (
        <audio
          src={src}
          controls
          preload="metadata"
          aria-label={label}
          className="reel-media__player"
          onLoadedMetadata={(e) => setMeasured({ duration: e.currentTarget.duration })}
        />
      )}
      {src && kind === 'file' && (
        <a href={src} download={file.filename ?? undefined}>
          Download {file.filename}
        </a>
      )}
      <dl className="reel-facts" aria-label={`${label} details`}>
        {facts
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name} style={{ display: 'contents' }}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </div>
  )
}
