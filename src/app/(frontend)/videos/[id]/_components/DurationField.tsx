'use client'

import { useEffect, useState } from 'react'
import { Group, Input, Label, NumberField } from 'react-aria-components'

import { messageOf } from '../../../../../ui/api'
import { cn } from '../../../../../ui/cn'

/**
 * A scene's length in seconds, saved when committed (blur or Enter). Empty means "as long as the
 * narration", which the render measures; the server refuses lengths over the kind's limit.
 */
export function DurationField({
  sceneNumber,
  value,
  onSave,
  isReadOnly,
}: {
  sceneNumber: number
  value: number | null
  onSave: (seconds: number | null) => Promise<unknown>
  isReadOnly?: boolean
}) {
  const [seconds, setSeconds] = useState<number>(value ?? Number.NaN)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setSeconds(value ?? Number.NaN), [value])
  return (
    <NumberField
      value={seconds}
      minValue={0.5}
      maxValue={600}
      step={0.1}
      formatOptions={{ maximumFractionDigits: 1 }}
      isReadOnly={isReadOnly}
      onChange={async (next) => {
        const wanted = Number.isNaN(next) ? null : next
        setSeconds(next)
        if (wanted === value) return
        setError(null)
        try {
          await onSave(wanted)
        } catch (e) {
          setError(messageOf(e))
          setSeconds(value ?? Number.NaN)
        }
      }}
      className="flex items-center gap-2"
    >
      <Label className="text-xs font-medium text-slate-600">
        Duration<span className="sr-only"> of scene {sceneNumber} in seconds</span>
      </Label>
      <Group
        className={cn(
          'flex h-8 items-center rounded-lg border bg-white pr-2 text-sm shadow-xs focus-within:ring-2 focus-within:ring-brand-500/30',
          error ? 'border-red-400' : 'border-slate-300',
        )}
      >
        <Input
          placeholder="auto"
          className="w-14 bg-transparent px-2 text-right tabular-nums outline-none"
          title={error ?? undefined}
        />
        <span aria-hidden className="text-xs text-slate-500">
          s
        </span>
      </Group>
      {error && (
        <span role="alert" className="max-w-48 truncate text-xs text-red-700" title={error}>
          {error}
        </span>
      )}
    </NumberField>
  )
}
