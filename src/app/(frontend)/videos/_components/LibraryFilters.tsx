'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'

import { labelClass } from '../../../../ui/fields'
import { Select } from '../../../../ui/Select'

type Counts = { all: number; processing: number; completed: number; failed: number }

const statusOptions = [
  { id: 'all', label: 'All' },
  { id: 'processing', label: 'Processing' },
  { id: 'completed', label: 'Completed' },
  { id: 'failed', label: 'Failed' },
] as const

/** The library's filters live in the URL (shareable, kept on reload); the server filters. */
export function LibraryFilters({
  status,
  equipmentId,
  counts,
  equipment,
}: {
  status: string
  equipmentId: string | null
  counts: Counts
  equipment: Array<{ id: string; label: string }>
}) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  // The query asked for last: until its navigation lands, `params` still holds the one before, and
  // a second filter changed meanwhile must build on the first, not undo it.
  const requested = useRef<string | null>(null)
  useEffect(() => {
    if (params.toString() === requested.current) requested.current = null
  }, [params])
  const go = (key: string, value: string | null) => {
    const next = new URLSearchParams(requested.current ?? params.toString())
    if (value) next.set(key, value)
    else next.delete(key)
    const query = next.toString()
    requested.current = query
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false })
  }
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <RadioGroup
        value={status}
        onChange={(value) => go('status', value === 'all' ? null : value)}
        orientation="horizontal"
        className="flex flex-col gap-1.5"
      >
        <Label className={labelClass}>Status</Label>
        <div className="inline-flex w-fit gap-1 rounded-lg bg-slate-100 p-1">
          {statusOptions.map((option) => (
            <Radio
              key={option.id}
              value={option.id}
              className="inline-flex cursor-pointer items-center gap-2 rounded-md px-3.5 py-1.5 text-sm font-medium text-slate-600 outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600 data-[hovered]:text-slate-900 data-[selected]:bg-white data-[selected]:text-brand-800 data-[selected]:shadow-sm"
            >
              {option.label}
              <span
                aria-hidden
                className="rounded-full bg-slate-200/80 px-1.5 text-xs tabular-nums text-slate-700"
              >
                {counts[option.id]}
              </span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <Select
        label="Equipment"
        className="w-72"
        options={[{ id: 'all', label: 'All equipment' }, ...equipment]}
        selectedKey={equipmentId ?? 'all'}
        onSelectionChange={(key) => go('equipment', key === 'all' ? null : key)}
      />
    </div>
  )
}
