'use client'

import { useListQuery } from '@payloadcms/ui'
import type { Where } from 'payload'
import { useEffect, useId, useState } from 'react'

import './admin.css'

type Option = { label: string; value: string }

export type QuickFilter = {
  /** The field filtered on (`equals`). */
  field: string
  label: string
  /** Fixed choices (a select field's options)… */
  options?: Option[]
  /** …or the documents of a collection the user can read (its REST list is access-filtered). */
  relationTo?: string
  /** The field naming those documents. */
  titleField?: string
  /** Extra query parameters of that list (e.g. `scope=company` for the projects route). */
  query?: string
}

type Condition = Record<string, { equals?: unknown }>

/** The `and` conditions of the list's where (Payload's filter UI keeps `{ or: [{ and: […] }] }`). */
const conditionsOf = (where: Where | undefined): Condition[] => {
  const first = (where?.or as Where[] | undefined)?.[0]
  return (
    (first?.and as Condition[] | undefined) ??
    (where?.and as Condition[] | undefined) ??
    []
  ).filter(Boolean)
}

function useOptions(filter: QuickFilter): Option[] {
  const [loaded, setLoaded] = useState<Option[]>([])
  useEffect(() => {
    if (!filter.relationTo) return
    const title = filter.titleField ?? 'id'
    const controller = new AbortController()
    const extra = filter.query ? `&${filter.query}` : ''
    fetch(`/api/${filter.relationTo}?limit=100&depth=0&sort=${encodeURIComponent(title)}${extra}`, {
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((data: { docs: Array<Record<string, unknown>> }) =>
        setLoaded(
          data.docs.map((doc) => ({ value: String(doc.id), label: String(doc[title] ?? doc.id) })),
        ),
      )
      .catch(() => {})
    return () => controller.abort()
  }, [filter.relationTo, filter.titleField, filter.query])
  return filter.options ?? loaded
}

function FilterSelect({
  filter,
  value,
  onChange,
}: {
  filter: QuickFilter
  value: string
  onChange: (value: string) => void
}) {
  const id = useId()
  const options = useOptions(filter)
  return (
    <label htmlFor={id}>
      {filter.label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * Everyday filters above a list (`beforeListTable`), e.g. status, owner, kind, equipment. They
 * write the list's own `where`, so Payload's filter panel, the URL and pagination agree.
 */
export function QuickFilters({ filters }: { filters: QuickFilter[] }) {
  const { query, refineListData } = useListQuery()
  const conditions = conditionsOf(query.where)
  const valueOf = (field: string) => {
    const match = conditions.find((c) => c[field]?.equals !== undefined)
    return match ? String(match[field]!.equals) : ''
  }
  const change = (field: string, value: string) => {
    const others = conditions.filter((c) => !(field in c))
    const next = value ? [...others, { [field]: { equals: value } }] : others
    void refineListData({ where: next.length ? { or: [{ and: next }] } : {}, page: 1 })
  }
  return (
    <div className="reel-filters" role="group" aria-label="Quick filters">
      {filters.map((filter) => (
        <FilterSelect
          key={filter.field}
          filter={filter}
          value={valueOf(filter.field)}
          onChange={(value) => change(filter.field, value)}
        />
      ))}
    </div>
  )
}
