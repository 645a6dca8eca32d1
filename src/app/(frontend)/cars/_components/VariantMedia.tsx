import { Box, Music } from 'lucide-react'

import type { CarMedia } from '../../../../../payload-types'
import { DeleteButton } from '../../../../ui/DeleteButton'

const size = (bytes?: number | null) =>
  !bytes
    ? ''
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** A variant's pictures as previews, sounds with a player, 3D files with their size. */
export function VariantMedia({
  media,
  isAdmin,
  variantName,
}: {
  media: CarMedia[]
  isAdmin: boolean
  variantName: string
}) {
  if (media.length === 0) return <p className="text-sm text-slate-500">No media yet.</p>
  const pictures = media.filter((m) => m.type === 'EXTERIOR' || m.type === 'INTERIOR')
  const sounds = media.filter((m) => m.type === 'SOUND')
  const models = media.filter((m) => m.type === '3D_MODEL')
  const nameOf = (m: CarMedia) => m.originalFilename ?? m.filename ?? m.type
  const remove = (m: CarMedia) =>
    isAdmin ? (
      <DeleteButton endpoint={`/api/cars/media/${m.id}`} label={`Delete ${nameOf(m)}`} />
    ) : null
  return (
    <div className="flex flex-col gap-4">
      {pictures.length > 0 && (
        <ul
          aria-label={`${variantName} pictures`}
          className="grid grid-cols-[repeat(auto-fill,minmax(200px,1fr))] gap-3"
        >
          {pictures.map((m) => (
            <li key={m.id} className="overflow-hidden rounded-xl border border-slate-200 bg-white">
              {m.url && (
                <img
                  src={m.thumbnailURL ?? m.url}
                  alt={`${variantName} ${m.type.toLowerCase()}: ${nameOf(m)}`}
                  className="aspect-[3/2] w-full bg-slate-100 object-cover"
                />
              )}
              <div className="flex items-center justify-between gap-2 px-3 py-2">
                <p className="min-w-0 truncate text-xs text-slate-600">
                  <span className="font-medium text-slate-800">
                    {m.type === 'EXTERIOR' ? 'Exterior' : 'Interior'}
                  </span>{' '}
                  · {nameOf(m)}
                </p>
                {remove(m)}
              </div>
            </li>
          ))}
        </ul>
      )}
      {(sounds.length > 0 || models.length > 0) && (
        <ul className="flex flex-col divide-y divide-slate-100 rounded-xl border border-slate-200">
          {sounds.map((m) => (
            <li key={m.id} className="flex items-center gap-4 px-4 py-3">
              <Music size={18} aria-hidden className="shrink-0 text-brand-600" />
              <p className="w-64 min-w-0 truncate text-sm text-slate-800">{nameOf(m)}</p>
              {m.url && (
                <audio
                  controls
                  preload="none"
                  src={m.url}
                  aria-label={`Play ${nameOf(m)}`}
                  className="h-9 flex-1"
                />
              )}
              <span className="text-xs text-slate-500">
                {m.duration ? `${m.duration.toFixed(1)} s` : ''}
              </span>
              {remove(m)}
            </li>
          ))}
          {models.map((m) => (
            <li key={m.id} className="flex items-center gap-4 px-4 py-3">
              <Box size={18} aria-hidden className="shrink-0 text-brand-600" />
              <p className="min-w-0 flex-1 truncate text-sm text-slate-800">
                {m.url ? (
                  <a href={m.url} className="hover:underline">
                    {nameOf(m)}
                  </a>
                ) : (
                  nameOf(m)
                )}
              </p>
              <span className="text-xs text-slate-500">3D model · {size(m.filesize)}</span>
              {remove(m)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
