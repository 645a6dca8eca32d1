import { Clapperboard, Clock } from 'lucide-react'
import Link from 'next/link'

import { StatusBadge } from '../../../../ui/StatusBadge'

export type ProjectSummary = {
  id: string
  name: string
  prompt: string
  status: string
  targetDuration: number
  finalVideoUrl: string | null
  still: string | null
  ownerName: string | null
  updatedAt: string
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** A project in the grid: the final film's first frame (or its first scene image), name, status. */
export function ProjectCard({
  project,
  showOwner,
}: {
  project: ProjectSummary
  showOwner: boolean
}) {
  return (
    <li className="group relative flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xs transition hover:-translate-y-0.5 hover:shadow-md">
      <div className="relative aspect-video bg-gradient-to-br from-ink-900 to-brand-800">
        {project.finalVideoUrl ? (
          <video
            src={`${project.finalVideoUrl}#t=0.5`}
            preload="metadata"
            muted
            playsInline
            aria-hidden
            tabIndex={-1}
            className="size-full object-cover"
          />
        ) : project.still ? (
          <img src={project.still} alt="" className="size-full object-cover" />
        ) : (
          <div className="grid size-full place-items-center text-white/40">
            <Clapperboard size={40} aria-hidden />
          </div>
        )}
        <StatusBadge status={project.status} className="absolute top-3 left-3 shadow-sm" />
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h3 className="font-semibold text-slate-900">
          <Link
            href={`/projects/${project.id}`}
            className="outline-none after:absolute after:inset-0 focus-visible:underline"
          >
            {project.name}
          </Link>
        </h3>
        <p className="line-clamp-2 text-sm text-slate-600">{project.prompt}</p>
        <div className="mt-auto flex items-center justify-between pt-2 text-xs text-slate-500">
          <span className="inline-flex items-center gap-1">
            <Clock size={14} aria-hidden /> {project.targetDuration} s
          </span>
          <span>
            {showOwner && project.ownerName ? `${project.ownerName} · ` : ''}
            {dateFormat.format(new Date(project.updatedAt))}
          </span>
        </div>
      </div>
    </li>
  )
}
