'use client'

import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { ArrowDown, ArrowUp, Film, GripVertical, ImagePlus, Trash2, Upload } from 'lucide-react'
import { FileTrigger, Switch } from 'react-aria-components'

import { Button } from '../../../../../ui/Button'
import { cn } from '../../../../../ui/cn'
import { JobProgress } from '../../../../../ui/JobProgress'
import { StatusBadge, statusLabels } from '../../../../../ui/StatusBadge'
import { stageState } from '../../../../../ui/useProjectStatus'
import { EditableText } from './EditableText'
import { SceneMedia } from './SceneMedia'
import type { StudioScene } from './studioData'
import type { Studio } from './useStudio'

export function SceneCard({
  scene,
  studio,
  canEdit,
  sceneCount,
}: {
  scene: StudioScene
  studio: Studio
  canEdit: boolean
  sceneCount: number
}) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: scene.id, disabled: !canEdit })
  const live = studio.status?.scenes.find((s) => s.id === scene.id)
  const status = live?.status ?? scene.status ?? 'PENDING'
  const state = stageState(status)
  const { actions, busy } = studio
  const name = `Scene ${scene.sceneNumber}`
  const save = (fields: Record<string, unknown>) => void actions.updateScene(scene.id, fields)
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn('list-none', isDragging && 'relative z-10 opacity-90')}
    >
      <section
        aria-label={name}
        className={cn(
          'rounded-2xl border bg-white shadow-xs',
          isDragging ? 'border-brand-400 shadow-lg' : 'border-slate-200',
        )}
      >
        <header className="flex items-center gap-3 border-b border-slate-100 px-4 py-3">
          {canEdit && (
            <button
              ref={setActivatorNodeRef}
              {...attributes}
              {...listeners}
              aria-label={`Reorder ${name}`}
              className="cursor-grab rounded-md p-1 text-slate-400 outline-none hover:bg-slate-100 hover:text-slate-700 focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              <GripVertical size={18} aria-hidden />
            </button>
          )}
          <span
            className="grid size-7 place-items-center rounded-full bg-ink-900 text-xs font-semibold text-white"
            aria-hidden
          >
            {scene.sceneNumber}
          </span>
          <h3 className="min-w-0 flex-1 truncate font-semibold text-slate-900">
            <span className="sr-only">{name}: </span>
            {scene.sceneTitle}
          </h3>
          <span className="text-xs text-slate-500">
            {scene.customDuration ?? scene.suggestedDuration ?? '–'} s
          </span>
          {state === 'running' || state === 'failed' ? null : <StatusBadge status={status} />}
          {canEdit && (
            // Dragging has a one-press alternative (WCAG 2.5.7).
            <div className="flex">
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Move ${name} up`}
                isDisabled={scene.sceneNumber === 1 || busy === 'reorder'}
                onPress={() => void actions.moveScene(scene.id, scene.sceneNumber - 1)}
              >
                <ArrowUp size={16} aria-hidden />
              </Button>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Move ${name} down`}
                isDisabled={scene.sceneNumber === sceneCount || busy === 'reorder'}
                onPress={() => void actions.moveScene(scene.id, scene.sceneNumber + 1)}
              >
                <ArrowDown size={16} aria-hidden />
              </Button>
            </div>
          )}
          {canEdit && (
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Delete ${name}`}
              onPress={() => void actions.deleteScene(scene.id)}
              isDisabled={busy === `delete:${scene.id}`}
            >
              <Trash2 size={16} aria-hidden />
            </Button>
          )}
        </header>
        {(state === 'running' || state === 'failed') && (
          <div className="border-b border-slate-100 px-4 py-3">
            <JobProgress
              compact
              label={`${name} progress`}
              stage={statusLabels[status] ?? status}
              value={live?.progress ?? 0}
              state={state}
              failureReason={live?.failureReason ?? scene.failureReason}
              onRetry={canEdit ? () => void actions.retry(scene.id) : undefined}
              retrying={busy === `retry:${scene.id}`}
            />
          </div>
        )}
        <div className="grid gap-6 p-4 xl:grid-cols-[minmax(0,420px)_minmax(0,1fr)]">
          <SceneMedia scene={scene} studio={studio} canEdit={canEdit} name={name} />
          <div className="flex flex-col gap-4">
            <div className="grid grid-cols-[minmax(0,1fr)_8rem] gap-4">
              <EditableText
                label="Title"
                value={scene.sceneTitle}
                onSave={(v) => save({ sceneTitle: v })}
                isReadOnly={!canEdit}
                maxLength={200}
              />
              <EditableText
                label="Duration (s)"
                value={String(scene.customDuration ?? scene.suggestedDuration ?? '')}
                onSave={(v) => save({ customDuration: v.trim() ? Number(v) : null })}
                isReadOnly={!canEdit}
              />
            </div>
            <EditableText
              label="Summary"
              value={scene.sceneSummary ?? ''}
              onSave={(v) => save({ sceneSummary: v })}
              multiline
              rows={2}
              isReadOnly={!canEdit}
              maxLength={4000}
            />
            <EditableText
              label="Image prompt"
              value={scene.imagePrompt ?? ''}
              onSave={(v) => save({ imagePrompt: v })}
              multiline
              rows={3}
              isReadOnly={!canEdit}
              maxLength={4000}
            />
            <EditableText
              label="Negative prompt"
              value={scene.negativePrompt ?? ''}
              onSave={(v) => save({ negativePrompt: v })}
              isReadOnly={!canEdit}
              maxLength={2000}
            />
            {canEdit && (
              <div className="mt-auto flex flex-wrap items-center gap-2 pt-2">
                <Button
                  variant="secondary"
                  size="sm"
                  icon={<ImagePlus size={16} aria-hidden />}
                  onPress={() => void actions.generateImage(scene.id)}
                  isDisabled={busy === `image:${scene.id}`}
                >
                  Generate image
                </Button>
                <FileTrigger
                  acceptedFileTypes={['image/png', 'image/jpeg', 'image/webp']}
                  onSelect={(files) => files?.[0] && void actions.uploadImage(scene.id, files[0])}
                >
                  <Button
                    variant="secondary"
                    size="sm"
                    icon={<Upload size={16} aria-hidden />}
                    isDisabled={busy === `upload:${scene.id}`}
                  >
                    Upload image
                  </Button>
                </FileTrigger>
                <Button
                  size="sm"
                  icon={<Film size={16} aria-hidden />}
                  onPress={() => void actions.generateClip(scene.id)}
                  isDisabled={busy === `clip:${scene.id}`}
                >
                  Generate clip
                </Button>
                <Switch
                  isSelected={Boolean(scene.useSeedFrame)}
                  onChange={(useSeedFrame) => save({ useSeedFrame })}
                  className="group ml-2 flex cursor-pointer items-center gap-2 text-sm text-slate-700 outline-none"
                >
                  <span className="flex h-5 w-9 items-center rounded-full bg-slate-300 p-0.5 transition-colors group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-brand-600 group-data-[focus-visible]:ring-offset-2 group-data-[selected]:bg-brand-600">
                    <span className="size-4 rounded-full bg-white shadow transition-transform group-data-[selected]:translate-x-4" />
                  </span>
                  Use seed frame
                </Switch>
              </div>
            )}
          </div>
        </div>
      </section>
    </li>
  )
}
