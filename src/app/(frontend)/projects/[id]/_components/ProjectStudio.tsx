'use client'

import { ChevronRight, Clapperboard, Eye, Film, ImagePlus, Plus } from 'lucide-react'
import Link from 'next/link'

import { Button } from '../../../../../ui/Button'
import { FormError } from '../../../../../ui/fields'
import { JobProgress } from '../../../../../ui/JobProgress'
import { Card } from '../../../../../ui/PageHeader'
import { StatusBadge } from '../../../../../ui/StatusBadge'
import { stageState } from '../../../../../ui/useProjectStatus'
import { FinalFilm } from './FinalFilm'
import { Storyboard } from './Storyboard'
import type { StudioData } from './studioData'
import { Timeline } from './Timeline'
import { useStudio } from './useStudio'

const projectStages: Record<string, string> = {
  STORYBOARD: 'Writing the storyboard',
  SCENE_GENERATION: 'Scenes in production',
  STITCHING: 'Stitching the film',
  COMPLETED: 'Film ready',
  FAILED: 'Failed',
}

export function ProjectStudio({ initial, canEdit }: { initial: StudioData; canEdit: boolean }) {
  const studio = useStudio(initial)
  const { data, status, actions, busy, error } = studio
  const { project, scenes } = data
  const stage = status?.stage ?? project.status ?? 'STORYBOARD'
  const sceneIds = scenes.map((s) => s.id)
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-start justify-between gap-6">
        <div className="min-w-0">
          <nav
            aria-label="Breadcrumb"
            className="mb-1 flex items-center gap-1 text-sm text-slate-500"
          >
            <Link href="/projects" className="hover:text-slate-800">
              Projects
            </Link>
            <ChevronRight size={14} aria-hidden />
          </nav>
          <div className="flex items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{project.name}</h1>
            <StatusBadge status={stage} />
          </div>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{project.prompt}</p>
          <p className="mt-2 text-xs text-slate-500">
            Target {project.targetDuration} s · {project.aspectRatio ?? '16:9'}
            {project.characterDescription ? ` · Subject: ${project.characterDescription}` : ''}
          </p>
        </div>
        <Card className="w-full max-w-md p-4">
          <JobProgress
            label="Project progress"
            stage={projectStages[stage] ?? stage}
            value={status?.progress ?? 0}
            state={
              stage === 'SCENE_GENERATION'
                ? scenes.some((s) => stageState(s.status ?? '') === 'running')
                  ? 'running'
                  : 'idle'
                : stageState(stage)
            }
            failureReason={status?.failureReason ?? project.failureReason}
            onRetry={canEdit ? () => void actions.retry() : undefined}
            retrying={busy === 'retry:project'}
          />
        </Card>
      </div>

      {!canEdit && (
        <p className="flex items-center gap-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
          <Eye size={16} aria-hidden className="text-slate-500" />
          View only: this project belongs to a colleague. Its owner or an ADMIN can change it.
        </p>
      )}
      <FormError message={error} />

      <section aria-labelledby="storyboard-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2
            id="storyboard-heading"
            className="flex items-center gap-2 text-lg font-semibold text-slate-900"
          >
            <Clapperboard size={20} aria-hidden className="text-brand-600" /> Storyboard
            <span className="text-sm font-normal text-slate-500">{scenes.length} scenes</span>
          </h2>
          {canEdit && (
            <div className="flex gap-2">
              <Button
                variant="secondary"
                icon={<Plus size={16} aria-hidden />}
                onPress={() => void actions.addScene()}
                isDisabled={busy === 'add-scene'}
              >
                Add scene
              </Button>
              <Button
                variant="secondary"
                icon={<ImagePlus size={16} aria-hidden />}
                onPress={() => void actions.generateAll('image', sceneIds)}
                isDisabled={!scenes.length || busy === 'all:image'}
              >
                Generate all images
              </Button>
              <Button
                icon={<Film size={16} aria-hidden />}
                onPress={() => void actions.generateAll('clip', sceneIds)}
                isDisabled={!scenes.length || busy === 'all:clip'}
              >
                Generate all clips
              </Button>
            </div>
          )}
        </div>
        <Storyboard studio={studio} canEdit={canEdit} />
      </section>

      <Timeline studio={studio} canEdit={canEdit} />
      <FinalFilm
        project={project}
        finalVideoUrl={status?.finalVideoUrl ?? project.finalVideoUrl ?? null}
      />
    </div>
  )
}
