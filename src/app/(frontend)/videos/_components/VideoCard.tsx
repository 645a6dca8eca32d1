'use client'

import { AlertTriangle, Clapperboard, Loader2, Play, RotateCcw } from 'lucide-react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { Button as AriaButton, DialogTrigger } from 'react-aria-components'

import type { TrainingVideoCard } from '../../../../../plugins/training/services/videoView'
import { api, messageOf } from '../../../../ui/api'
import { Button } from '../../../../ui/Button'
import { Dialog } from '../../../../ui/Dialog'
import { FilmPlayer } from './FilmPlayer'
import { isRendering, VideoStatusBadge } from './VideoStatusBadge'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

function Thumbnail({ video }: { video: TrainingVideoCard }) {
  if (video.thumbnail_url)
    return <img src={video.thumbnail_url} alt="" className="size-full object-cover" />
  if (video.video_url)
    return (
      <video
        src={`${video.video_url}#t=0.5`}
        preload="metadata"
        muted
        playsInline
        aria-hidden
        tabIndex={-1}
        className="size-full object-cover"
      />
    )
  return (
    <div className="grid size-full place-items-center text-white/40">
      <Clapperboard size={40} aria-hidden />
    </div>
  )
}

/**
 * A video in the library: its picture and length; a finished one plays in a dialog (with its
 * subtitles), a failed one says why and offers "Generate again".
 */
export function VideoCard({
  video,
  equipmentName,
}: {
  video: TrainingVideoCard
  equipmentName: string | null
}) {
  const router = useRouter()
  const [retry, setRetry] = useState<{ pending: boolean; error: string | null }>({
    pending: false,
    error: null,
  })
  const picture = (
    <>
      <Thumbnail video={video} />
      {video.duration !== null && (
        <span className="absolute right-2 bottom-2 rounded-md bg-black/75 px-1.5 py-0.5 text-xs font-medium tabular-nums text-white">
          <span className="sr-only">Duration </span>
          {clock(video.duration)}
        </span>
      )}
    </>
  )
  return (
    <li className="flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xs">
      <div className="relative aspect-video overflow-hidden bg-gradient-to-br from-ink-900 to-brand-800">
        {video.video_url ? (
          <DialogTrigger>
            <AriaButton
              aria-label={`Play ${video.title}`}
              className="group absolute inset-0 cursor-pointer outline-none data-[focus-visible]:ring-4 data-[focus-visible]:ring-brand-500 data-[focus-visible]:ring-inset"
            >
              {picture}
              <span className="absolute inset-0 grid place-items-center bg-black/10 transition group-hover:bg-black/30">
                <span className="grid size-14 place-items-center rounded-full bg-white/90 text-ink-900 shadow-lg transition group-hover:scale-105">
                  <Play size={24} aria-hidden className="ml-1" fill="currentColor" />
                </span>
              </span>
            </AriaButton>
            <Dialog
              title={video.title}
              description={
                [equipmentName, video.task_type].filter(Boolean).join(' · ') || undefined
              }
              wide
            >
              {() => (
                <FilmPlayer
                  src={video.video_url!}
                  subtitles={video.subtitles_url}
                  label={`${video.title} video`}
                  autoPlay
                />
              )}
            </Dialog>
          </DialogTrigger>
        ) : (
          <>
            {picture}
            <span className="absolute inset-0 grid place-items-center bg-ink-950/55 text-sm font-medium text-white">
              {isRendering(video.stage) ? (
                <span className="inline-flex items-center gap-2">
                  <Loader2 size={18} aria-hidden className="animate-spin" /> Rendering…
                </span>
              ) : video.status === 'failed' ? (
                <span className="inline-flex items-center gap-2">
                  <AlertTriangle size={18} aria-hidden /> Not rendered
                </span>
              ) : (
                <span>Script ready to edit</span>
              )}
            </span>
          </>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <div className="flex items-start justify-between gap-3">
          <h2 className="min-w-0 font-semibold text-slate-900">
            <Link href={`/videos/${video.id}`} className="hover:underline">
              {video.title}
            </Link>
          </h2>
          <VideoStatusBadge status={video.stage} />
        </div>
        <p className="text-xs text-slate-600">
          {[
            equipmentName ?? video.equipment_model,
            video.task_type,
            dateFormat.format(new Date(video.created_at)),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {video.status === 'failed' && (
          <div
            role="alert"
            className="mt-1 flex flex-col gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
          >
            <p className="break-words">
              {retry.error ?? video.failure_reason ?? 'The render failed without a reason.'}
            </p>
            <Button
              size="sm"
              variant="danger"
              className="self-start"
              icon={<RotateCcw size={14} aria-hidden />}
              isDisabled={retry.pending}
              onPress={async () => {
                setRetry({ pending: true, error: null })
                try {
                  await api(`/api/videos/${video.id}/generate`, { method: 'POST', json: {} })
                  router.refresh()
                } catch (e) {
                  setRetry({ pending: false, error: messageOf(e) })
                }
              }}
            >
              Generate again
            </Button>
          </div>
        )}
      </div>
    </li>
  )
}
