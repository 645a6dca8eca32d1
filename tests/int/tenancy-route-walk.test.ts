import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { graphqlNames } from '../helpers/graphqlNames'
import { createWorld, type Tenant, type World } from '../helpers/world'

/**
 * Every collection's built-in routes, walked as company B's ADMIN and MEMBER against company A's
 * documents (the collections come from the built config, so a new one is walked without editing
 * this test): list, count, by id, update, delete, duplicate, versions, version by id, locks, and the
 * GraphQL queries and mutations. Nothing of A's comes back, nothing of A's changes, and no route
 * answers 5xx.
 */

let a: Tenant
let b: Tenant
let worldA: World
let secretsOfA: string[]
const versionOfA: Partial<Record<CollectionSlug, string>> = {}

const slugs = payload.config.collections.map((c) => c.slug as CollectionSlug)

beforeAll(async () => {
  a = await createTenant('a')
  b = await createTenant('b')
  worldA = await createWorld(a)
  await createWorld(b)
  for (const collection of payload.config.collections) {
    const id = worldA[collection.slug as CollectionSlug]
    if (!collection.versions || !id) continue
    // A real edit by A's team, so A has versions to be hidden.
    await a.adminApi.patch(`/${collection.slug}/${id}`, { json: {} })
    const { docs } = await payload.findVersions({
      collection: collection.slug as 'scenes',
      where: { parent: { equals: id } },
      limit: 1,
    })
    if (docs[0]) versionOfA[collection.slug as CollectionSlug] = String(docs[0].id)
  }
  secretsOfA = [
    ...Object.values(worldA).filter((id) => id !== worldA['replicate-predictions']),
    a.member.id,
    ...Object.values(versionOfA),
  ] as string[]
  await a.adminApi.graphql('{ __typename }')
})

/** Ids of A's documents in a reply; an id the caller sent (echoed in "not found: <path>") reveals nothing. */
const leaks = async (res: Response, asked: string[] = []) => {
  const text = await res.clone().text()
  return secretsOfA.filter((id) => !asked.includes(id) && text.includes(id))
}

async function expectUnchanged(slug: CollectionSlug) {
  const id = worldA[slug]
  if (!id) return
  const doc = await payload.findByID({ collection: slug, id, depth: 0, disableErrors: true })
  expect(doc, `${slug} ${id} of company A was deleted`).toBeTruthy()
}

const callers = () =>
  [
    ['ADMIN B', b.adminApi],
    ['MEMBER B', b.memberApi],
  ] as Array<[string, ApiClient]>

describe('company B walks every collection route against company A', () => {
  it('covers every collection in the config', () => {
    expect(slugs).toEqual(
      expect.arrayContaining([
        'projects',
        'scenes',
        'payload-locked-documents',
        'payload-preferences',
        'payload-jobs',
      ]),
    )
    expect(secretsOfA.length).toBeGreaterThan(15)
  })

  it.each(slugs.map((slug) => [slug]))('REST %s', async (slug) => {
    const collection = payload.config.collections.find((c) => c.slug === slug)!
    // The platform's predictions are no company's: only tenant documents are walked by id.
    const id = slug === 'replicate-predictions' ? undefined : worldA[slug]
    for (const [who, api] of callers()) {
      const reads = [
        await api.get(`/${slug}?limit=100&depth=2`),
        await api.get(`/${slug}/count`),
        await api.get(`/${slug}?where[id][in]=${secretsOfA.join(',')}&depth=0`),
      ]
      if (collection.versions) reads.push(await api.get(`/${slug}/versions?limit=100&depth=1`))
      for (const res of reads) {
        expect(res.status, `${who} ${slug}`).toBeLessThan(500)
        expect(await leaks(res), `${who} ${slug}: ${res.url}`).toEqual([])
      }
      if (id) {
        const byId = [
          await api.get(`/${slug}/${id}?depth=2`),
          await api.patch(`/${slug}/${id}`, { json: {} }),
          await api.post(`/${slug}/${id}/duplicate`, { json: {} }),
          await api.delete(`/${slug}/${id}`),
        ]
        if (versionOfA[slug]) {
          byId.push(await api.get(`/${slug}/versions/${versionOfA[slug]}`))
          byId.push(await api.post(`/${slug}/versions/${versionOfA[slug]}`))
        }
        for (const res of byId) {
          // The document is not theirs to know of: 404, exactly as if it did not exist.
          expect(res.status, `${who} ${slug} ${await res.clone().text()}`).toBe(404)
          expect(
            await leaks(
              res,
              [id, versionOfA[slug]].filter((x): x is string => Boolean(x)),
            ),
          ).toEqual([])
        }
        const lock = await api.post('/payload-locked-documents', {
          json: {
            document: { relationTo: slug, value: id },
            user: { relationTo: 'users', value: a.admin.id },
          },
        })
        expect(lock.status, `${who} locks ${slug}`).toBe(404)
      }
    }
    await expectUnchanged(slug)
  })

  it.each(slugs.map((slug) => [slug]))('GraphQL %s', async (slug) => {
    const names = graphqlNames(payload.config.collections.find((c) => c.slug === slug)!)
    if (!names) return
    const { one, many } = names
    const id = worldA[slug]
    for (const [, api] of callers()) {
      const list = await api.graphql(
        `{ ${many}(limit: 100) { docs { id } } count${many} { totalDocs } }`,
      )
      expect(list.status).toBeLessThan(500)
      expect(JSON.stringify(list.body).match(new RegExp(secretsOfA.join('|'))) ?? []).toEqual([])
      if (!id) continue
      const queries = [
        `{ ${one}(id: "${id}") { id } }`,
        `mutation { update${one}(id: "${id}", data: {}) { id } }`,
        `mutation { delete${one}(id: "${id}") { id } }`,
      ]
      if (versionOfA[slug]) queries.push(`{ version${one}(id: "${versionOfA[slug]}") { id } }`)
      for (const query of queries) {
        const res = await api.graphql(query)
        expect(res.status, query).toBeLessThan(500)
        expect(Object.values(res.body.data ?? {}).filter(Boolean), query).toEqual([])
      }
    }
    await expectUnchanged(slug)
  })
})
