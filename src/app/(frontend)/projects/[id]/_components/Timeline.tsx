'use client'

import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import {
  arrayMove,
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
} from '@dnd-kit/sortable'
import { Scissors } from 'lucide-react'
import { useEffect, useMemo, useState } from 'react'

import { api } from '../../../../../ui/api'
import { Button } from '../../../../../ui/Button'
import { Card } from '../../../../../ui/PageHeader'
import { selectedOf } from './studioData'
import { TimelineClipCard, type TimelineItem } from './TimelineClipCard'
import type { Studio } from './useStudio'

/** The clips to stitch: the saved timeline, or else each scene's selected clip in scene order. */
function itemsFrom({ scenes, clips }: Studio['data']): TimelineItem[] {
  const clipOfScene = (sceneId: string | null | undefined) =>
    selectedOf(scenes.find((s) => s.id === sceneId)?.videos ?? [])
  if (clips.length > 0) {
    return clips.flatMap((clip) => {
      const sceneId = typeof clip.scene === 'object' ? clip.scene?.id : clip.scene
      const video = clipOfScene(sceneId)
      if (!sceneId || !video?.url) return []
      const length = video.duration ?? clip.duration
      return [
        {
          key: clip.id,
          sceneId,
          title: clip.title ?? 'Clip',
          url: video.url,
          length,
          trimStart: clip.trimStart ?? 0,
          trimEnd: clip.trimEnd ?? length,
        },
      ]
    })
  }
  return scenes.flatMap((scene) => {
    const video = selectedOf(scene.videos)
    if (!video?.url) return []
    const length = video.duration ?? scene.customDuration ?? scene.suggestedDuration ?? 0
    return [
      {
        key: scene.id,
        sceneId: scene.id,
        title: scene.sceneTitle,
        url: video.url,
        length,
        trimStart: 0,
        trimEnd: length,
      },
    ]
  })
}

export function Timeline({ studio, canEdit }: { studio: Studio; canEdit: boolean }) {
  const fromServer = useMemo(() => itemsFrom(studio.data), [studio.data])
  const [items, setItems] = useState(fromServer)
  const [dirty, setDirty] = useState(false)
  const [previewKey, setPreviewKey] = useState<string | null>(null)
  useEffect(() => {
    if (!dirty) setItems(fromServer)
  }, [fromServer, dirty])
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const target = studio.data.project.targetDuration
  const total = items.reduce((sum, item) => sum + Math.max(0, item.trimEnd - item.trimStart), 0)
  const preview = items.find((item) => item.key === previewKey) ?? items[0]
  const change = (next: TimelineItem[]) => {
    setItems(next)
    setDirty(true)
  }
  const save = async () => {
    const projectId = studio.projectId
    await api(`/api/timeline-clips?where[project][equals]=${projectId}`, { method: 'DELETE' })
    let start = 0
    for (const [order, item] of items.entries()) {
      const duration = Math.max(0, item.trimEnd - item.trimStart)
      await api('/api/timeline-clips', {
        method: 'POST',
        json: {
          project: projectId,
          scene: item.sceneId,
          title: item.title,
          order,
          startTime: start,
          duration,
          trimStart: item.trimStart,
          trimEnd: item.trimEnd,
        },
      })
      start += duration
    }
    setDirty(false)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    change(
      arrayMove(
        items,
        items.findIndex((i) => i.key === active.id),
        items.findIndex((i) => i.key === over.id),
      ),
    )
  }
  const stitching = (studio.status?.stage ?? studio.data.project.status) === 'STITCHING'
  return (
    <Card className="p-6">
      <section aria-labelledby="timeline-heading" className="flex flex-col gap-5">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div>
            <h2
              id="timeline-heading"
              className="flex items-center gap-2 text-lg font-semibold text-slate-900"
            >
              <Scissors size={20} aria-hidden className="text-brand-600" /> Timeline
            </h2>
            <p className="text-sm text-slate-600">
              Drag clips to reorder them and trim their ends; the film is stitched in this order.
            </p>
          </div>
          <div className="flex items-center gap-4">
            <p className="text-sm" aria-live="polite">
              <span
                className="font-semibold tabular-nums text-slate-900"
                data-testid="timeline-total"
              >
                {total.toFixed(1)} s
              </span>
              <span className="text-slate-600"> of {target} s target</span>
            </p>
            {canEdit && dirty && (
              <Button variant="secondary" onPress={() => void studio.actions.run('timeline', save)}>
                Save timeline
              </Button>
            )}
            {canEdit && (
              <Button
                onPress={() => void studio.actions.stitch(dirty ? save : undefined)}
                isDisabled={items.length === 0 || stitching || studio.busy === 'stitch'}
                icon={<Scissors size={16} aria-hidden />}
              >
                Stitch
              </Button>
            )}
          </div>
        </div>
        <div aria-hidden className="h-2 overflow-hidden rounded-full bg-slate-100">
          <div
            className={total > target + 0.5 ? 'h-full bg-amber-500' : 'h-full bg-brand-600'}
            style={{ width: `${Math.min(100, (total / target) * 100)}%` }}
          />
        </div>
        {items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-600">
            Clips appear here once scenes have them.
          </p>
        ) : (
          <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_380px]">
            <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
              <SortableContext
                items={items.map((i) => i.key)}
                strategy={horizontalListSortingStrategy}
              >
                <ol aria-label="Timeline clips" className="flex gap-3 overflow-x-auto pb-2">
                  {items.map((item, index) => (
                    <TimelineClipCard
                      key={item.key}
                      item={item}
                      index={index}
                      canEdit={canEdit}
                      selected={preview?.key === item.key}
                      onPreview={() => setPreviewKey(item.key)}
                      onChange={(next) => change(items.map((i) => (i.key === item.key ? next : i)))}
                    />
                  ))}
                </ol>
              </SortableContext>
            </DndContext>
            {preview && (
              <figure className="flex flex-col gap-2">
                <video
                  key={`${preview.key}-${preview.trimStart}-${preview.trimEnd}`}
                  src={`${preview.url}#t=${preview.trimStart},${preview.trimEnd}`}
                  controls
                  preload="metadata"
                  aria-label="Trim preview"
                  className="aspect-video w-full rounded-xl bg-slate-900"
                />
                <figcaption className="text-xs text-slate-600">
                  Preview: {preview.title}, {preview.trimStart.toFixed(1)}–
                  {preview.trimEnd.toFixed(1)} s
                </figcaption>
              </figure>
            )}
          </div>
        )}
      </section>
    </Card>
  )
}
