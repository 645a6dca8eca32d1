import type { ReactNode } from 'react'

/** One kind of brand asset: a heading, what it is for, then its cards or "None yet." */
export function AssetSection({
  id,
  title,
  text,
  count,
  gridClassName,
  children,
}: {
  id: string
  title: string
  text: string
  count: number
  gridClassName: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{text}</p>
      {count === 0 ? (
        <p className="text-sm text-slate-500">None yet.</p>
      ) : (
        <ul className={gridClassName}>{children}</ul>
      )}
    </section>
  )
}
