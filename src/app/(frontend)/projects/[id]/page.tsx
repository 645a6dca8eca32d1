import { notFound } from 'next/navigation'
import { z } from 'zod'

import { mayChangeOwned } from '../../../../lib/access'
import { localApi, requireSession } from '../../_lib/session'
import { ProjectStudio } from './_components/ProjectStudio'
import { toStudioScene, type StudioData } from './_components/studioData'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { user } = await requireSession()
  const project = z.uuid().safeParse(id).success
    ? await (
        await localApi()
      ).findByID({
        collection: 'projects',
        id,
        depth: 0,
        select: { name: true },
        overrideAccess: false,
        user,
        disableErrors: true,
      })
    : null
  return { title: project?.name ?? 'Project not found' }
}

/** One project's studio: storyboard, generation, timeline and film. Another company's id is simply not found. */
export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { user } = await requireSession()
  if (!z.uuid().safeParse(id).success) notFound()
  const payload = await localApi()
  const asUser = { overrideAccess: false, user } as const
  const project = await payload.findByID({
    collection: 'projects',
    id,
    depth: 0,
    disableErrors: true,
    ...asUser,
  })
  if (!project) notFound()
  const [scenes, clips] = await Promise.all([
    payload.find({
      collection: 'scenes',
      where: { project: { equals: id } },
      sort: 'sceneNumber',
      limit: 100,
      depth: 1,
      ...asUser,
    }),
    payload.find({
      collection: 'timeline-clips',
      where: { project: { equals: id } },
      sort: 'order',
      limit: 100,
      depth: 0,
      ...asUser,
    }),
  ])
  const initial: StudioData = { project, scenes: scenes.docs.map(toStudioScene), clips: clips.docs }
  return <ProjectStudio initial={initial} canEdit={mayChangeOwned(user, project)} />
}
