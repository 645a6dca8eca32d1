'use client'

import { BookOpen, ImageIcon, Trash2, Upload } from 'lucide-react'
import { FileTrigger } from 'react-aria-components'

import type { TrainingScene } from '../../../../../../plugins/training/services/videoView'
import { Button } from '../../../../../ui/Button'
import { ConfirmButton } from '../../../../../ui/ConfirmButton'
import { JobProgress } from '../../../../../ui/JobProgress'
import type { SceneStatus } from '../../../../../ui/useProjectStatus'
import { DurationField } from './DurationField'
import { ListenButton } from './ListenButton'
import type { VideoEditorState } from './useVideoEditor'
import { VoiceoverField } from './VoiceoverField'

const renderStages: Record<string, string> = {
  PENDING: 'Waiting its turn',
  GENERATING_VIDEO: 'Narrating and rendering',
  COMPLETED: 'Rendered',
  FAILED: 'Failed',
}

/** The pages of the manual this step was written from, with the passage itself. */
function Citations({ citations }: { citations: TrainingScene['citations'] }) {
  if (citations.length === 0)
    return (
      <p className="text-xs text-slate-500">
        No manual page cited: general guidance. Check it against the equipment&apos;s manual.
      </p>
    )
  return (
    <ul aria-label="Cited manual pages" className="flex flex-col gap-2">
      {citations.map((citation) => (
        <li
          key={`${citation.file_id}:${citation.page}`}
          className="rounded-lg border-l-2 border-brand-300 bg-slate-50 px-3 py-2 text-xs"
        >
          <p className="flex items-center gap-1.5 font-medium text-slate-800">
            <BookOpen size={13} aria-hidden className="text-brand-600" />
            {citation.file_url ? (
              <a
                href={`${citation.file_url}#page=${citation.page}`}
                target="_blank"
                rel="noreferrer"
                className="hover:underline"
              >
                {citation.file_name ?? 'Manual'}, page {citation.page}
              </a>
            ) : (
              <span>
                {citation.file_name ?? 'Manual'}, page {citation.page}
              </span>
            )}
          </p>
          {citation.snippet && (
            <blockquote className="mt-1 text-slate-600 italic">“{citation.snippet}”</blockquote>
          )}
        </li>
      ))}
    </ul>
  )
}

/**
 * One step of the video: its screenshot, narration (auto-saved), duration, cited pages, a
 * listen button once rendered, deletion, and its part of the render's progress.
 */
export function SceneEditor({
  scene,
  live,
  editor,
  canEdit,
  equipmentPhoto,
}: {
  scene: TrainingScene
  live: SceneStatus | undefined
  editor: VideoEditorState
  canEdit: boolean
  equipmentPhoto: string | null
}) {
  const n = scene.sequence_order
  const name = `Scene ${n}`
  const { actions, busy, isRendering } = editor
  const renderStatus = live?.status ?? 'PENDING'
  const picture = scene.screenshot_url ?? equipmentPhoto
  return (
    <li className="list-none">
      <section aria-label={name} className="rounded-2xl border border-slate-200 bg-white shadow-xs">
        <header className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-5 py-3">
          <span
            className="grid size-7 place-items-center rounded-full bg-ink-900 text-xs font-semibold text-white"
            aria-hidden
          >
            {n}
          </span>
          <h3 className="flex-1 font-semibold text-slate-900">{name}</h3>
          <DurationField
            sceneNumber={n}
            value={scene.duration}
            isReadOnly={!canEdit}
            onSave={(seconds) => actions.saveDuration(scene.id, seconds)}
          />
          <ListenButton url={scene.narration_url} sceneNumber={n} />
          {canEdit && (
            <ConfirmButton
              triggerVariant="ghost"
              triggerLabel={`Delete scene ${n}`}
              icon={<Trash2 size={16} aria-hidden />}
              isDisabled={isRendering}
              title={`Delete scene ${n}?`}
              confirmLabel="Delete scene"
              message={
                <p>
                  Its voiceover, screenshot and rendered clip are deleted. The scenes after it move
                  up one number.
                </p>
              }
              onConfirm={() => actions.deleteScene(scene.id)}
            />
          )}
        </header>
        {(isRendering || renderStatus === 'FAILED') && live && (
          <div className="border-b border-slate-100 px-5 py-3">
            <JobProgress
              compact
              label={`${name} progress`}
              stage={renderStages[renderStatus] ?? renderStatus}
              value={live.progress}
              state={
                renderStatus === 'FAILED'
                  ? 'failed'
                  : renderStatus === 'COMPLETED'
                    ? 'done'
                    : renderStatus === 'PENDING'
                      ? 'idle'
                      : 'running'
              }
              failureReason={live.failureReason}
            />
          </div>
        )}
        <div className="grid gap-5 p-5 lg:grid-cols-[240px_minmax(0,1fr)]">
          <div className="flex flex-col gap-2">
            <div className="relative aspect-video overflow-hidden rounded-lg bg-slate-100">
              {picture ? (
                <img
                  src={picture}
                  alt={
                    scene.screenshot_url
                      ? `${name} screenshot`
                      : `${name}: equipment photo (no screenshot yet)`
                  }
                  className="size-full object-cover"
                />
              ) : (
                <div className="grid size-full place-items-center px-4 text-center text-xs text-slate-500">
                  <span className="flex flex-col items-center gap-1">
                    <ImageIcon size={22} aria-hidden /> A step card with the narration
                  </span>
                </div>
              )}
              {!scene.screenshot_url && picture && (
                <span className="absolute bottom-1.5 left-1.5 rounded bg-black/60 px-1.5 py-0.5 text-[11px] text-white">
                  Equipment photo
                </span>
              )}
            </div>
            {canEdit && (
              <FileTrigger
                acceptedFileTypes={['image/png', 'image/jpeg', 'image/webp']}
                onSelect={(files) =>
                  files?.[0] && void actions.uploadScreenshot(scene.id, files[0])
                }
              >
                <Button
                  variant="secondary"
                  size="sm"
                  icon={<Upload size={14} aria-hidden />}
                  isDisabled={busy === `screenshot:${scene.id}`}
                >
                  {busy === `screenshot:${scene.id}` ? 'Uploading…' : 'Upload screenshot'}
                </Button>
              </FileTrigger>
            )}
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <VoiceoverField
              sceneId={scene.id}
              sceneNumber={n}
              value={scene.voiceover_text}
              onSave={(text) => actions.saveVoiceover(scene.id, text)}
              onUnsaved={actions.reportUnsaved}
              isReadOnly={!canEdit}
            />
            <Citations citations={scene.citations} />
          </div>
        </div>
      </section>
    </li>
  )
}
