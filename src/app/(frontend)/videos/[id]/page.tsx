import { Box, ChevronLeft } from 'lucide-react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'

import type { Project } from '../../../../../payload-types'
import { toVideo } from '../../../../../plugins/training/endpoints/shapes'
import { trainingScenes } from '../../../../../plugins/training/services/videoView'
import { mayChangeOwned } from '../../../../lib/access'
import { idOf } from '../../../../lib/db/ids'
import { ButtonLink } from '../../../../ui/Button'
import { PageHeader } from '../../../../ui/PageHeader'
import type { ProjectStatus } from '../../../../ui/useProjectStatus'
import { localApi, requireTraining } from '../../_lib/session'
import { LiveStatusBadge } from './_components/LiveStatusBadge'
import { VideoEditor } from './_components/VideoEditor'

export const dynamic = 'force-dynamic'

const readVideo = async (id: string) => {
  const { user } = await requireTraining()
  if (!z.uuid().safeParse(id).success) return null
  const project = await (
    await localApi()
  ).findByID({
    collection: 'projects',
    id,
    depth: 0,
    select: { scenes: false, timelineClips: false },
    overrideAccess: false,
    user,
    disableErrors: true,
  })
  return project?.kind === 'training' ? (project as Project) : null
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await readVideo((await params).id))?.name ?? 'Video not found' }
}

const sceneProgress: Record<string, number> = { PENDING: 0, GENERATING_VIDEO: 60, COMPLETED: 100 }

/** The video editor: scenes in order with their voiceover, then the render and the film. */
export default async function VideoPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { user } = await requireTraining()
  const project = await readVideo(id)
  if (!project) notFound()
  const payload = await localApi()
  const scenes = await trainingScenes({ payload, user }, id)
  const equipmentId = idOf(project.equipment)
  const [equipment, photo, sceneRows] = await Promise.all([
    equipmentId
      ? payload.findByID({
          collection: 'training-equipment',
          id: equipmentId,
          depth: 0,
          select: { name: true },
          overrideAccess: false,
          user,
          disableErrors: true,
        })
      : null,
    equipmentId
      ? payload.find({
          collection: 'equipment-files',
          where: {
            and: [{ equipment: { equals: equipmentId } }, { fileType: { equals: 'image' } }],
          },
          sort: 'uploadedAt',
          limit: 1,
          depth: 0,
          select: { url: true, filename: true, prefix: true },
          overrideAccess: false,
          user,
        })
      : null,
    payload.find({
      collection: 'scenes',
      where: { project: { equals: id } },
      sort: 'sceneNumber',
      pagination: false,
      depth: 0,
      select: { sceneNumber: true, sceneTitle: true, status: true, failureReason: true },
      overrideAccess: false,
      user,
    }),
  ])
  // The same first answer `GET /api/projects/:id/status` gives; the editor polls it from here on.
  const status: ProjectStatus = {
    id,
    stage: project.status ?? 'STORYBOARD',
    progress: project.status === 'COMPLETED' ? 100 : 0,
    failureReason: project.failureReason ?? null,
    finalVideoUrl: project.finalVideoUrl ?? null,
    scenes: sceneRows.docs.map((s) => ({
      id: s.id,
      sceneNumber: s.sceneNumber,
      sceneTitle: s.sceneTitle,
      status: s.status ?? 'PENDING',
      failureReason: s.failureReason ?? null,
      progress: sceneProgress[s.status ?? 'PENDING'] ?? 0,
    })),
  }
  const facts = [
    equipment?.name ?? project.equipmentModel,
    project.taskType,
    `${scenes.length} ${scenes.length === 1 ? 'scene' : 'scenes'}`,
  ].filter(Boolean)
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/videos" className="inline-flex items-center gap-1 hover:text-slate-800">
            <ChevronLeft size={16} aria-hidden /> Videos
          </Link>
        }
        title={
          <span className="flex flex-wrap items-center gap-3">
            {project.name} <LiveStatusBadge id={id} initialStage={project.status ?? 'STORYBOARD'} />
          </span>
        }
        description={
          <>
            {facts.join(' · ')}
            <span className="mt-1 block text-slate-500">Prompt: “{project.prompt}”</span>
          </>
        }
        actions={
          // The steps as a 4D demo, on the equipment's uploaded 3D model when it has one.
          <ButtonLink
            href={`/studio?video=${id}`}
            variant="secondary"
            icon={<Box size={16} aria-hidden />}
          >
            Open in Studio
          </ButtonLink>
        }
      />
      <VideoEditor
        initial={{ video: { ...toVideo(project), scenes }, status }}
        canEdit={mayChangeOwned(user, project)}
        equipmentPhoto={photo?.docs[0]?.url ?? null}
      />
    </>
  )
}
