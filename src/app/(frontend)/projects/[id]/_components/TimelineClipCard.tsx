'use client'

import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Eye, GripVertical } from 'lucide-react'
import { Group, Input, Label, NumberField } from 'react-aria-components'

import { cn } from '../../../../../ui/cn'

export type TimelineItem = {
  key: string
  sceneId: string
  title: string
  url: string
  length: number
  trimStart: number
  trimEnd: number
}

const numberClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30'

/** One clip on the timeline: width by length, trims, a handle to move it, a button to preview it. */
export function TimelineClipCard({
  item,
  index,
  canEdit,
  selected,
  onPreview,
  onChange,
}: {
  item: TimelineItem
  index: number
  canEdit: boolean
  selected: boolean
  onPreview: () => void
  onChange: (item: TimelineItem) => void
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: item.key, disabled: !canEdit })
  const name = `Clip ${index + 1}`
  const kept = Math.max(0, item.trimEnd - item.trimStart)
  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        flexGrow: Math.max(kept, 0.5),
        flexBasis: 0,
      }}
      className="min-w-40 list-none"
    >
      <section
        aria-label={`${name}: ${item.title}`}
        className={cn(
          'flex h-full flex-col gap-2 rounded-xl border bg-slate-50 p-3',
          selected ? 'border-brand-500 ring-1 ring-brand-500' : 'border-slate-200',
        )}
      >
        <div className="flex items-center gap-2">
          {canEdit && (
            <button
              ref={setActivatorNodeRef}
              {...attributes}
              {...listeners}
              aria-label={`Move ${name}`}
              className="cursor-grab rounded p-0.5 text-slate-400 outline-none hover:text-slate-700 focus-visible:ring-2 focus-visible:ring-brand-600"
            >
              <GripVertical size={16} aria-hidden />
            </button>
          )}
          <p className="min-w-0 flex-1 truncate text-sm font-medium text-slate-900">
            {index + 1}. {item.title}
          </p>
          <button
            type="button"
            onClick={onPreview}
            aria-label={`Preview ${name}`}
            className="rounded p-1 text-slate-500 outline-none hover:bg-white hover:text-slate-800 focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            <Eye size={16} aria-hidden />
          </button>
        </div>
        <div className="h-1.5 rounded-full bg-brand-200">
          <div
            className="h-full rounded-full bg-brand-600"
            style={{
              marginLeft: `${(item.trimStart / (item.length || 1)) * 100}%`,
              width: `${(kept / (item.length || 1)) * 100}%`,
            }}
          />
        </div>
        <div className="grid grid-cols-2 gap-2">
          {(['trimStart', 'trimEnd'] as const).map((edge) => (
            <NumberField
              key={edge}
              value={item[edge]}
              minValue={edge === 'trimStart' ? 0 : item.trimStart + 0.1}
              maxValue={edge === 'trimStart' ? item.trimEnd - 0.1 : item.length}
              step={0.1}
              isReadOnly={!canEdit}
              onChange={(value) => Number.isFinite(value) && onChange({ ...item, [edge]: value })}
              className="flex flex-col gap-1"
            >
              <Label className="text-xs text-slate-600">
                {edge === 'trimStart' ? 'Trim start' : 'Trim end'}
              </Label>
              <Group>
                <Input className={numberClass} />
              </Group>
            </NumberField>
          ))}
        </div>
        <p className="text-xs text-slate-500">
          {kept.toFixed(1)} s of {item.length.toFixed(1)} s
        </p>
      </section>
    </li>
  )
}
