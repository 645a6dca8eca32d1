import { Clapperboard, ImageIcon, Scissors } from 'lucide-react'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { ButtonLink } from '../../ui/Button'
import { Logo } from '../../ui/Logo'
import { getSession, homePath } from './_lib/session'

const steps = [
  {
    icon: Clapperboard,
    title: 'Storyboard',
    text: 'A prompt and a target length become scenes with titles, summaries and image prompts.',
  },
  {
    icon: ImageIcon,
    title: 'Images and clips',
    text: 'Each scene gets generated images in your brand colours, then a motion clip.',
  },
  {
    icon: Scissors,
    title: 'Timeline and film',
    text: 'Order and trim the clips, stitch the final film, download it.',
  },
]

export default async function HomePage() {
  const session = await getSession()
  if (session) redirect(homePath(session))
  return (
    <div className="min-h-screen bg-ink-950 text-white">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-8 py-6">
        <p className="flex items-center gap-2.5 text-lg font-semibold">
          <Logo /> Reelsmith
        </p>
        <nav aria-label="Account" className="flex items-center gap-3">
          <Link
            href="/login"
            className="rounded-lg px-3 py-2 text-sm font-medium text-slate-200 hover:text-white"
          >
            Sign in
          </Link>
          <ButtonLink href="/signup">Get started</ButtonLink>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-8 pt-20 pb-24">
        <h1 className="max-w-3xl text-5xl leading-tight font-semibold tracking-tight">
          The AI video studio for brand teams and training teams.
        </h1>
        <p className="mt-6 max-w-2xl text-lg text-slate-300">
          Turn a one-line brief into a storyboarded, generated and stitched car film — or turn
          equipment manuals into narrated maintenance training videos.
        </p>
        <div className="mt-10 flex gap-3">
          <ButtonLink href="/signup">Create a company account</ButtonLink>
          <ButtonLink href="/login" variant="secondary">
            Sign in
          </ButtonLink>
        </div>
        <ul className="mt-24 grid gap-6 md:grid-cols-3">
          {steps.map(({ icon: Icon, title, text }) => (
            <li key={title} className="rounded-2xl border border-white/10 bg-white/5 p-6">
              <Icon aria-hidden className="text-brand-200" />
              <h2 className="mt-4 text-lg font-semibold">{title}</h2>
              <p className="mt-2 text-sm text-slate-300">{text}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  )
}
