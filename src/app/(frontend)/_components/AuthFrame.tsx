import Link from 'next/link'
import type { ReactNode } from 'react'

import { Logo } from '../../../ui/Logo'

/** The signed-out pages' frame: the product's promise on the left, the form on the right. */
export function AuthFrame({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string
  subtitle: string
  children: ReactNode
  footer?: ReactNode
}) {
  return (
    <div className="grid min-h-screen grid-cols-1 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <div className="relative hidden overflow-hidden bg-ink-950 p-12 text-white lg:flex lg:flex-col lg:justify-between">
        <div
          aria-hidden
          className="absolute -top-40 -left-40 size-[36rem] rounded-full bg-brand-600/40 blur-3xl"
        />
        <div
          aria-hidden
          className="absolute -right-32 -bottom-48 size-[32rem] rounded-full bg-pink-500/25 blur-3xl"
        />
        <Link href="/" className="relative flex items-center gap-3">
          <Logo size={34} />
          <span className="text-xl font-semibold tracking-tight">Reelsmith</span>
        </Link>
        <div className="relative max-w-md">
          <p className="text-4xl leading-tight font-semibold tracking-tight">
            From a one-line brief to a finished brand film.
          </p>
          <p className="mt-4 text-base text-slate-300">
            Storyboards, scene images, motion clips and the final cut — generated with your
            brand&apos;s colours and your own car catalogue, reviewed by your team.
          </p>
        </div>
        <ul className="relative grid grid-cols-3 gap-4 text-sm text-slate-300">
          <li>
            <span className="block text-2xl font-semibold text-white">15–60 s</span>films from a
            prompt
          </li>
          <li>
            <span className="block text-2xl font-semibold text-white">Per scene</span>images and
            clips
          </li>
          <li>
            <span className="block text-2xl font-semibold text-white">One team</span>shared projects
          </li>
        </ul>
      </div>
      <main className="flex items-center justify-center px-6 py-12">
        <div className="w-full max-w-md">
          <div className="mb-8 flex items-center gap-2 lg:hidden">
            <Logo />
            <span className="text-lg font-semibold">Reelsmith</span>
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-2 text-sm text-slate-600">{subtitle}</p>
          <div className="mt-8">{children}</div>
          {footer && <div className="mt-8 text-sm text-slate-600">{footer}</div>}
        </div>
      </main>
    </div>
  )
}
