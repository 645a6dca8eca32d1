import {
  Building2,
  Clapperboard,
  Film,
  GraduationCap,
  Library,
  Palette,
  Car,
  Users,
  Wrench,
} from 'lucide-react'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { Logo } from '../../../ui/Logo'
import { NavLink } from './NavLink'
import { SignOutButton } from './SignOutButton'

type Props = {
  user: { name: string; email: string; role: 'ADMIN' | 'MEMBER' }
  company: { name: string; offersTraining: boolean }
  isAdmin: boolean
  children: ReactNode
}

/** The signed-in frame: navigation on the left, who and where in the header, the page beside. */
export function AppShell({ user, company, isAdmin, children }: Props) {
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase()
  return (
    <div className="flex min-h-screen">
      <aside className="w-64 shrink-0 bg-ink-950 text-slate-300">
        <div className="sticky top-0 flex h-screen flex-col">
          <Link href="/" className="flex items-center gap-2.5 px-6 py-6 text-white">
            <Logo />
            <span className="text-lg font-semibold tracking-tight">Reelsmith</span>
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-col gap-6 px-3">
            <ul className="flex flex-col gap-1">
              <NavLink href="/projects" icon={<Clapperboard size={18} aria-hidden />}>
                Projects
              </NavLink>
              <NavLink href="/brand" icon={<Palette size={18} aria-hidden />}>
                Brand
              </NavLink>
              <NavLink href="/cars" icon={<Car size={18} aria-hidden />}>
                Cars
              </NavLink>
              {isAdmin && (
                <NavLink href="/team" icon={<Users size={18} aria-hidden />}>
                  Team
                </NavLink>
              )}
              <NavLink href="/library" icon={<Library size={18} aria-hidden />}>
                Library
              </NavLink>
            </ul>
            {company.offersTraining && (
              <div>
                <p className="px-3 pb-2 text-xs font-semibold tracking-wider text-slate-400 uppercase">
                  TrainAI
                </p>
                <ul className="flex flex-col gap-1">
                  <NavLink href="/equipment" icon={<Wrench size={18} aria-hidden />}>
                    Equipment
                  </NavLink>
                  <NavLink href="/videos" icon={<Film size={18} aria-hidden />}>
                    Videos
                  </NavLink>
                  <NavLink href="/studio" icon={<GraduationCap size={18} aria-hidden />}>
                    Studio
                  </NavLink>
                </ul>
              </div>
            )}
          </nav>
          <p className="px-6 py-5 text-xs text-slate-400">AI video studio</p>
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-20 flex h-16 items-center justify-between border-b border-slate-200 bg-white/90 px-8 backdrop-blur">
          <p className="flex items-center gap-2 text-sm font-medium text-slate-700">
            <Building2 size={16} aria-hidden className="text-slate-500" />
            <span className="sr-only">Company: </span>
            <span data-testid="company-name">{company.name}</span>
          </p>
          <div className="flex items-center gap-4">
            <div className="flex items-center gap-3">
              <span
                aria-hidden
                className="grid size-9 place-items-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800"
              >
                {initials}
              </span>
              <div className="leading-tight">
                <p className="text-sm font-medium text-slate-900">{user.name}</p>
                <p className="text-xs text-slate-600">{user.email}</p>
              </div>
              <span
                className={
                  user.role === 'ADMIN'
                    ? 'rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900'
                    : 'rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700'
                }
              >
                <span className="sr-only">Role: </span>
                {user.role}
              </span>
            </div>
            <SignOutButton />
          </div>
        </header>
        <main className="mx-auto w-full max-w-[1600px] flex-1 px-8 py-8">{children}</main>
      </div>
    </div>
  )
}
