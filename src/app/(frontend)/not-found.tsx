import { SearchX } from 'lucide-react'

import { ButtonLink } from '../../ui/Button'

export const metadata = { title: 'Not found' }

/** Shown for unknown addresses and for documents the signed-in user may not see (another company's). */
export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center py-24 text-center">
      <span className="grid size-14 place-items-center rounded-full bg-slate-100 text-slate-500">
        <SearchX aria-hidden />
      </span>
      <h1 className="mt-6 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-slate-600">It does not exist, or it belongs to another company.</p>
      <ButtonLink href="/projects" className="mt-8">
        Back to projects
      </ButtonLink>
    </div>
  )
}
