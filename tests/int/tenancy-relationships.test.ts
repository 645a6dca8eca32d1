import type { CollectionSlug, Field, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { relationshipPaths } from '../../plugins/tenancy/isolation/readableTargets'
import { createTenant, payload } from '../helpers/fixtures'
import { graphqlNames } from '../helpers/graphqlNames'
import { createWorld, type Tenant, type World } from '../helpers/world'

/**
 * Every relationship and upload field of every collection, read from the built config (a field
 * added later is covered without editing this test): as an ADMIN of company A, name company B's
 * document in it — by REST create, REST update and GraphQL update of A's own document — and
 * expect a 4xx (or the server's own value kept), never a 5xx, and never a stored reference.
 */

type Probe = {
  slug: CollectionSlug
  path: string
  target: CollectionSlug
  polymorphic: boolean
  hasMany: boolean
}

const probes: Probe[] = payload.config.collections.flatMap((collection) =>
  relationshipPaths(collection.fields as Field[]).flatMap(({ path, field }) => {
    if (field.type !== 'relationship' && field.type !== 'upload') return []
    const targets = (
      Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
    ) as CollectionSlug[]
    return targets.map((target) => ({
      slug: collection.slug as CollectionSlug,
      path,
      target,
      polymorphic: Array.isArray(field.relationTo),
      hasMany: Boolean('hasMany' in field && field.hasMany),
    }))
  }),
)

/** `{ manualSources: [{ file: value }] }` for `manualSources.file` (arrays and groups alike take an object). */
function dataAt(path: string, value: unknown, arrays: Set<string>): Record<string, unknown> {
  const [head, ...rest] = path.split('.')
  if (rest.length === 0) return { [head!]: value }
  const inner = dataAt(rest.join('.'), value, arrays)
  return { [head!]: arrays.has(head!) ? [inner] : inner }
}

const arrayFields = new Set(
  payload.config.collections.flatMap((c) =>
    c.flattenedFields.filter((f) => f.type === 'array').map((f) => f.name),
  ),
)

let a: Tenant
let b: Tenant
let worldA: World
let worldB: World

beforeAll(async () => {
  a = await createTenant('a')
  b = await createTenant('b')
  worldA = await createWorld(a)
  worldB = await createWorld(b)
  // Builds the GraphQL schema, which names each collection's types.
  await a.adminApi.graphql('{ __typename }')
})

/** The collection's singular GraphQL type name, when it has one. */
const graphqlNameOf = (probe: Probe) =>
  graphqlNames(payload.config.collections.find((c) => c.slug === probe.slug)!)?.one

async function holders(probe: Probe, foreignId: string): Promise<string[]> {
  const field = probe.polymorphic ? `${probe.path}.value` : probe.path
  const where: Where = { [field]: probe.hasMany ? { in: [foreignId] } : { equals: foreignId } }
  const { docs } = await payload.find({
    collection: probe.slug,
    where,
    depth: 0,
    pagination: false,
    select: {},
  })
  return docs.map((doc) => String(doc.id)).sort()
}

describe('no relationship or upload field accepts another company’s document', () => {
  it('the config has relationship fields to probe, and the world has a document for every target', () => {
    expect(probes.length).toBeGreaterThan(40)
    for (const probe of probes)
      expect(worldB[probe.target], `createWorld lacks a ${probe.target} document`).toBeTruthy()
    // Most probes also try GraphQL: A has a document of the collection, and it has a GraphQL type.
    expect(
      probes.filter((probe) => graphqlNameOf(probe) && worldA[probe.slug]).length,
    ).toBeGreaterThan(30)
  })

  it.each(probes.map((p) => [`${p.slug}.${p.path} → ${p.target}`, p] as const))(
    '%s',
    async (_, probe) => {
      const foreignId = worldB[probe.target]!
      const value = probe.polymorphic
        ? { relationTo: probe.target, value: foreignId }
        : probe.hasMany
          ? [foreignId]
          : foreignId
      const data = dataAt(probe.path, value, arrayFields)
      const before = await holders(probe, foreignId)
      const statuses: number[] = []

      statuses.push((await a.adminApi.post(`/${probe.slug}`, { json: data })).status)
      const ownId = worldA[probe.slug]
      if (ownId) {
        statuses.push((await a.adminApi.patch(`/${probe.slug}/${ownId}`, { json: data })).status)
        const name = graphqlNameOf(probe)
        if (name) {
          const res = await a.adminApi.graphql(
            `mutation($id: String!, $data: mutation${name}UpdateInput!) { update${name}(id: $id, data: $data) { id } }`,
            { id: ownId, data },
          )
          expect(res.status).toBeLessThan(500)
        }
      }
      for (const status of statuses) expect(status).toBeLessThan(500)
      // The one property that matters: nothing of A's now points at B's document.
      expect(await holders(probe, foreignId)).toEqual(before)
    },
  )
})
