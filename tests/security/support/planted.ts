import type { CollectionSlug } from 'payload'

import { payload } from '../../helpers/fixtures'
import { graphqlNames } from '../../helpers/graphqlNames'
import { listedIds } from './outcomes'
import type { Probe, ProbeResponse } from './probes'
import type { PersonaName, SecurityWorld } from './world'

export type Planted = {
  /** B's documents that name A's documents (rows the API refuses to write today, written past it). */
  clipOfB: string
  projectOfB: string
  /** A's documents under B's parents (they show up in B's joins if joins ignore access). */
  sceneOfA: string
  variantOfA: string
  /** What B may see of A: only the ids B's own rows store. */
  storedIds: string[]
  secretPrompt: string
}

const ownedBy = (w: SecurityWorld, side: 'a' | 'b') => ({
  company: w[side].company.id,
  owner: w[side].admin.id,
})

/**
 * Cross-company references as a bug or an old row could leave them (written as the system, past
 * every check): B's timeline clip and project pointing at A's clip and car, A's scene and
 * variant hanging under B's project and model.
 */
export async function plantCrossCompanyReferences(w: SecurityWorld): Promise<Planted> {
  const secretPrompt = `secret-prompt-${w.a.company.id.slice(0, 8)}`
  await payload.db.updateOne({
    collection: 'generated-videos',
    id: w.docsA['generated-videos']!,
    data: { prompt: secretPrompt },
  })
  const clipOfB = await payload.create({
    collection: 'timeline-clips',
    data: {
      ...ownedBy(w, 'b'),
      project: w.docsB.projects!,
      video: w.docsA['generated-videos']!,
      scene: w.docsA.scenes!,
      order: 9,
      startTime: 0,
      duration: 1,
    },
  })
  const projectOfB = await payload.create({
    collection: 'projects',
    data: {
      ...ownedBy(w, 'b'),
      name: 'Planted',
      prompt: 'x',
      targetDuration: 15,
      featuredCarModel: w.docsA['car-models']!,
      featuredCarVariant: w.docsA['car-variants']!,
      equipment: w.docsA['training-equipment']!,
    },
    context: { skipStoryboard: true },
  })
  const sceneOfA = await payload.create({
    collection: 'scenes',
    data: {
      ...ownedBy(w, 'a'),
      project: w.docsB.projects!,
      sceneNumber: 5,
      sceneTitle: 'A under B',
    },
  })
  await payload.db.updateOne({
    collection: 'scenes',
    id: sceneOfA.id,
    data: { company: w.a.company.id, owner: w.a.member.id },
  })
  const variantOfA = await payload.create({
    collection: 'car-variants',
    data: { ...ownedBy(w, 'a'), model: w.docsB['car-models']!, year: 2011, trim: 'A under B' },
  })
  await payload.db.updateOne({
    collection: 'car-variants',
    id: variantOfA.id,
    data: { company: w.a.company.id },
  })
  const storedIds = [
    w.docsA['generated-videos']!,
    w.docsA.scenes!,
    w.docsA['car-models']!,
    w.docsA['car-variants']!,
    w.docsA['training-equipment']!,
  ]
  return {
    clipOfB: String(clipOfB.id),
    projectOfB: String(projectOfB.id),
    sceneOfA: String(sceneOfA.id),
    variantOfA: String(variantOfA.id),
    storedIds,
    secretPrompt,
  }
}

/** A populated foreign document shows up as an object where B stored an id. */
const populatedForeign = (r: ProbeResponse, planted: Planted) => {
  const found: string[] = []
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    if (!Array.isArray(value) && planted.storedIds.includes(String((value as { id?: unknown }).id)))
      found.push(String((value as { id: unknown }).id))
    for (const child of Object.values(value)) walk(child)
  }
  walk(r.body?.data ?? r.body)
  return found.length ? `populated another company’s document ${found.join(', ')}` : undefined
}

export function plantedProbes(w: SecurityWorld, planted: Planted): Probe[] {
  const probes: Probe[] = []
  const b: PersonaName[] = ['adminB', 'memberB']
  for (const persona of b) {
    for (const [slug, id] of [
      ['timeline-clips', planted.clipOfB],
      ['projects', planted.projectOfB],
    ] as const) {
      for (const depth of [0, 1, 2, 3]) {
        probes.push({
          label: `GET /${slug}/:planted depth ${depth}`,
          persona,
          path: `/${slug}/${id}?depth=${depth}`,
          check: (r) =>
            r.status !== 200 ? 'expected its own document' : populatedForeign(r, planted),
        })
      }
    }
    // Joins list only what the reader may read: A's scene and variant under B's project and model.
    probes.push({
      label: 'GET /projects/:id joins',
      persona,
      path: `/projects/${w.docsB.projects}?depth=1`,
      check: (r) => (r.status === 200 ? undefined : 'expected its own project'),
    })
    probes.push({
      label: 'GET /car-models/:id joins',
      persona,
      path: `/car-models/${w.docsB['car-models']}?depth=1`,
      check: (r) => (r.status === 200 ? undefined : 'expected its own model'),
    })
    const clip = graphqlNames(
      payload.config.collections.find((c) => c.slug === 'timeline-clips')!,
    )!.one
    const project = graphqlNames(
      payload.config.collections.find((c) => c.slug === 'projects')!,
    )!.one
    probes.push({
      label: 'GraphQL planted clip nested',
      persona,
      graphql: {
        query: `{ ${clip}(id: "${planted.clipOfB}") { id video { id prompt company { id } } scene { id sceneTitle } } }`,
      },
      check: (r) => populatedForeign(r, planted),
    })
    probes.push({
      label: 'GraphQL project joins',
      persona,
      graphql: {
        query: `{ ${project}(id: "${w.docsB.projects}") { id scenes { docs { id } } timelineClips { docs { id } } featuredCarModel { id name } } }`,
      },
      check: (r) => populatedForeign(r, planted),
    })
    // A filter through a stored reference must not tell B anything about the document behind it
    // (the control: the clip itself, with its reference, is B's to list).
    probes.push({
      label: 'GET /timeline-clips?video exists (control)',
      persona,
      path: `/timeline-clips?where[id][equals]=${planted.clipOfB}&where[video][exists]=true&depth=0`,
      check: (r) => (listedIds(r).length === 1 ? undefined : 'expected B’s own clip'),
    })
    const answers: Record<string, number[]> = {}
    for (const [label, query] of [
      ['video.prompt', (v: string) => `where[video.prompt][equals]=${v}`],
      ['video.company', (v: string) => `where[video.company][equals]=${v}`],
      ['scene.sceneTitle', (v: string) => `where[scene.sceneTitle][like]=${v}`],
    ] as const) {
      const truth =
        label === 'video.prompt'
          ? planted.secretPrompt
          : label === 'video.company'
            ? w.a.company.id
            : 'Dawn'
      const lie = label === 'video.company' ? w.b.company.id : 'nothing-like-it'
      for (const value of [truth, lie]) {
        probes.push({
          label: `GET /timeline-clips?${label} oracle`,
          persona,
          path: `/timeline-clips?where[id][equals]=${planted.clipOfB}&${query(value)}&depth=0`,
          check: (r) => {
            const seen = (answers[`${persona} ${label}`] ??= [])
            seen.push(listedIds(r).length)
            return seen.length === 2 && seen[0] !== seen[1]
              ? `filtering through ${label} reveals another company’s data (${seen.join(' vs ')})`
              : undefined
          },
        })
      }
    }
  }
  return probes
}

export const plantedCollections: CollectionSlug[] = [
  'timeline-clips',
  'projects',
  'scenes',
  'car-variants',
]
