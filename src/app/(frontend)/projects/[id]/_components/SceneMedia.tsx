'use client'

import { Check, ImageIcon } from 'lucide-react'

import { cn } from '../../../../../ui/cn'
import { selectedOf, type StudioScene } from './studioData'
import type { Studio } from './useStudio'

/** The scene's clip (or image) large, and every generated image as a grid to pick from. */
export function SceneMedia({
  scene,
  studio,
  canEdit,
  name,
}: {
  scene: StudioScene
  studio: Studio
  canEdit: boolean
  name: string
}) {
  const image = selectedOf(scene.images)
  const clip = selectedOf(scene.videos)
  return (
    <div className="flex flex-col gap-3">
      <div className="relative aspect-video overflow-hidden rounded-xl bg-slate-900">
        {clip?.url ? (
          <video
            key={clip.id}
            src={clip.url}
            controls
            preload="metadata"
            aria-label={`${name} clip`}
            poster={image?.url ?? undefined}
            className="size-full object-cover"
          />
        ) : image?.url ? (
          <img src={image.url} alt={`${name} selected image`} className="size-full object-cover" />
        ) : (
          <div className="flex size-full flex-col items-center justify-center gap-2 text-slate-400">
            <ImageIcon size={32} aria-hidden />
            <span className="text-xs">No image yet</span>
          </div>
        )}
        {clip && (
          <span className="absolute top-2 left-2 rounded-md bg-black/60 px-2 py-0.5 text-xs font-medium text-white">
            Clip · {clip.duration ?? '–'} s
          </span>
        )}
      </div>
      {scene.images.length > 0 && (
        <ul aria-label={`${name} images`} className="grid grid-cols-4 gap-2">
          {scene.images.map((img, index) => (
            <li key={img.id}>
              <button
                type="button"
                aria-label={`Use image ${index + 1}`}
                aria-pressed={Boolean(img.isSelected)}
                disabled={!canEdit || Boolean(img.isSelected)}
                onClick={() => void studio.actions.selectImage(img.id)}
                className={cn(
                  'relative block aspect-video w-full overflow-hidden rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2',
                  img.isSelected ? 'ring-2 ring-brand-600' : 'opacity-80 hover:opacity-100',
                )}
              >
                {img.url && <img src={img.url} alt="" className="size-full object-cover" />}
                {img.isSelected && (
                  <span className="absolute top-1 right-1 grid size-5 place-items-center rounded-full bg-brand-600 text-white">
                    <Check size={12} aria-hidden />
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
