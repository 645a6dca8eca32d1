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
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { Loader2 } from 'lucide-react'

import { SceneCard } from './SceneCard'
import type { Studio } from './useStudio'

/** The scenes in order; drag a scene's handle (or use its move buttons) to reorder. */
export function Storyboard({ studio, canEdit }: { studio: Studio; canEdit: boolean }) {
  const { scenes } = studio.data
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  if (scenes.length === 0) {
    const writing = (studio.status?.stage ?? studio.data.project.status) === 'STORYBOARD'
    return (
      <div className="flex items-center justify-center gap-3 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-16 text-sm text-slate-600">
        {writing && <Loader2 size={18} aria-hidden className="animate-spin text-brand-600" />}
        {writing ? 'The storyboard is being written…' : 'No scenes. Add one to start.'}
      </div>
    )
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const target = scenes.findIndex((s) => s.id === over.id)
    if (target >= 0) void studio.actions.moveScene(String(active.id), target + 1)
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'To move a scene, press Space, use the arrow keys, then press Space again to drop it or Escape to cancel.',
        },
      }}
    >
      <SortableContext items={scenes.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <ol aria-label="Scenes" className="flex flex-col gap-4">
          {scenes.map((scene) => (
            <SceneCard
              key={scene.id}
              scene={scene}
              studio={studio}
              canEdit={canEdit}
              sceneCount={scenes.length}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  )
}
