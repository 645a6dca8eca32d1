import type { Payload } from 'payload'

import { plainTextOf } from '../../../fields/richText'
import type { Project } from '../../../payload-types'
import { idOf } from '../../../src/lib/db/ids'
import type { BrandContext, FeaturedCar } from '../../../src/lib/providers/types'
import { pipelineExtensions } from '../registry'

/** A scene task's scene and its project, as they are when the job runs. */
export async function sceneAndProject(payload: Payload, sceneId: string) {
  const scene = await payload.findByID({ collection: 'scenes', id: sceneId, depth: 0 })
  const project = await payload.findByID({
    collection: 'projects',
    id: idOf(scene.project)!,
    depth: 0,
  })
  return { scene, project }
}

/** The brand a company's renders use: its name, COLOR_SCHEME colours and published guidelines. */
export async function brandOf(payload: Payload, companyId: string): Promise<BrandContext> {
  const company = await payload.findByID({ collection: 'companies', id: companyId, depth: 0 })
  const { docs } = await payload.find({
    collection: 'company-assets',
    where: { and: [{ company: { equals: companyId } }, { type: { equals: 'COLOR_SCHEME' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
  })
  // Without `draft`, the Local API reads the published document; a never-published one is skipped.
  const guidelines = await payload.find({
    collection: 'brand-guidelines',
    where: { and: [{ company: { equals: companyId } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
  })
  return {
    companyName: company.name,
    colors: (docs[0]?.value as Record<string, string> | undefined) ?? {},
    guidelines: plainTextOf(guidelines.docs[0]?.guidelines) || undefined,
  }
}

/** What the project features (the car catalogue's featured car), from the first extension that knows. */
export async function featuredSubjectOf(
  payload: Payload,
  project: Project,
): Promise<FeaturedCar | undefined> {
  for (const extension of pipelineExtensions(payload)) {
    const subject = await extension.featuredSubject?.(payload, project)
    if (subject) return subject
  }
  return undefined
}

/** A sound to run under the whole film, fetched into `dir`, from the first extension that has one. */
export async function soundBedOf(
  payload: Payload,
  project: Project,
  dir: string,
): Promise<string | null> {
  for (const extension of pipelineExtensions(payload)) {
    const bed = await extension.soundBed?.(payload, project, dir)
    if (bed) return bed
  }
  return null
}
