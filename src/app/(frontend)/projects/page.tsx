import type { Where } from 'payload'

import { PageHeader } from '../../../ui/PageHeader'
import { localApi, requireSession } from '../_lib/session'
import { NewProjectDialog, type CarChoice } from './_components/NewProjectDialog'
import type { ProjectSummary } from './_components/ProjectCard'
import { ProjectTabs } from './_components/ProjectTabs'

export const metadata = { title: 'Projects' }
export const dynamic = 'force-dynamic'

/** My projects and the company's, read as the signed-in user (the access rules decide what appears). */
export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { user } = await requireSession()
  const payload = await localApi()
  const asUser = { overrideAccess: false, user } as const
  const marketing: Where = { kind: { not_equals: 'training' } }
  const list = (where: Where) =>
    payload.find({
      collection: 'projects',
      where,
      sort: '-updatedAt',
      limit: 60,
      depth: 1,
      select: {
        name: true,
        status: true,
        targetDuration: true,
        finalVideoUrl: true,
        owner: true,
        updatedAt: true,
        prompt: true,
      },
      populate: { users: { name: true } },
      ...asUser,
    })
  const [mine, company, models, variants] = await Promise.all([
    list({ and: [marketing, { owner: { equals: user.id } }] }),
    list(marketing),
    payload.find({
      collection: 'car-models',
      sort: 'name',
      limit: 200,
      depth: 0,
      select: { name: true },
      ...asUser,
    }),
    payload.find({
      collection: 'car-variants',
      sort: '-year',
      limit: 500,
      depth: 0,
      select: { model: true, year: true, trim: true },
      ...asUser,
    }),
  ])
  const ids = [...new Set([...mine.docs, ...company.docs].map((p) => p.id))]
  const stills = ids.length
    ? await payload.find({
        collection: 'generated-images',
        where: { and: [{ project: { in: ids } }, { isSelected: { equals: true } }] },
        sort: '-createdAt',
        limit: 500,
        depth: 0,
        select: { project: true, url: true },
        ...asUser,
      })
    : { docs: [] }
  const stillOf = new Map<string, string>()
  for (const image of stills.docs) {
    const projectId = typeof image.project === 'string' ? image.project : image.project?.id
    if (projectId && image.url && !stillOf.has(projectId)) stillOf.set(projectId, image.url)
  }
  const summary = (p: (typeof mine.docs)[number]): ProjectSummary => ({
    id: p.id,
    name: p.name,
    prompt: p.prompt,
    status: p.status ?? 'STORYBOARD',
    targetDuration: p.targetDuration,
    finalVideoUrl: p.finalVideoUrl ?? null,
    still: stillOf.get(p.id) ?? null,
    ownerName: typeof p.owner === 'object' ? p.owner.name : null,
    updatedAt: p.updatedAt,
  })
  const cars: CarChoice[] = models.docs.map((model) => ({
    id: model.id,
    name: model.name,
    variants: variants.docs
      .filter((v) => (typeof v.model === 'string' ? v.model : v.model.id) === model.id)
      .map((v) => ({ id: v.id, label: `${v.year} ${v.trim}` })),
  }))
  const tab = (await searchParams).tab === 'company' ? 'company' : 'mine'
  return (
    <>
      <PageHeader
        title="Projects"
        description="Brand films from a prompt: storyboard, scene images, clips, and the final cut."
        actions={<NewProjectDialog cars={cars} />}
      />
      <ProjectTabs
        initialTab={tab}
        mine={mine.docs.map(summary)}
        company={company.docs.map(summary)}
      />
    </>
  )
}
