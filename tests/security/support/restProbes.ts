import type { CollectionSlug, SanitizedCollectionConfig } from 'payload'

import { payload } from '../../helpers/fixtures'
import { collectionPolicy, type CollectionPolicy } from '../policy'
import { allows, listedIds, outcomeOf, statusFails } from './outcomes'
import type { Probe, ProbeResponse } from './probes'
import type { FreshDocuments } from './fresh'
import { samples, type Sample } from './samples'
import { personaNames, type PersonaName, type SecurityWorld } from './world'

let counter = 0
/** A value no other probe writes. */
export const nextToken = () => ++counter + 1_000_000

const hasRoute = (collection: SanitizedCollectionConfig, method: string, path: string) =>
  Array.isArray(collection.endpoints) &&
  collection.endpoints.some((e) => e.method === method && e.path === path)

/** Payload's own refusal by a unique index (400 "Value must be unique"). */
const uniqueRefusal = (r: ProbeResponse) =>
  r.status === 400 && r.text.includes('Value must be unique')

/** The stored value of `field` (null when the document is gone), read past access rules. */
export async function storedField(slug: string, id: string, field: string): Promise<unknown> {
  const doc = await payload.findByID({
    collection: slug as CollectionSlug,
    id,
    depth: 0,
    disableErrors: true,
    showHiddenFields: true,
  })
  return doc ? (doc as unknown as Record<string, unknown>)[field] : null
}

async function docsWith(slug: string, field: string, value: unknown) {
  const { docs } = await payload.find({
    collection: slug as CollectionSlug,
    where: { [field]: { equals: value } },
    depth: 0,
    pagination: false,
    showHiddenFields: true,
  })
  return docs as unknown as Array<Record<string, unknown>>
}

/** Files of an upload document: the original and each image size. */
async function fileNames(slug: string, id: string): Promise<string[]> {
  const doc = (await payload.findByID({ collection: slug as CollectionSlug, id, depth: 0 })) as {
    filename?: string
    sizes?: Record<string, { filename?: string | null }>
  }
  return [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)].filter(
    (name): name is string => Boolean(name),
  )
}

/** The REST probes of one collection for one persona (allowed deletes run on fresh documents, see `freshDeletes`). */
async function collectionProbes(
  w: SecurityWorld,
  collection: SanitizedCollectionConfig,
  policy: CollectionPolicy,
  sample: Sample,
  persona: PersonaName,
): Promise<Probe[]> {
  const slug = collection.slug
  const id = w.docsA[slug as CollectionSlug]
  const probes: Probe[] = []
  const read = outcomeOf(policy, policy.read, persona)
  const query = sample.listQuery ? `&${sample.listQuery}` : ''
  const base = `/${slug}`

  if (!id) {
    probes.push({
      label: `GET ${base}`,
      persona,
      path: `${base}?limit=10${query}`,
      check: (r) => (r.status < 500 ? undefined : 'server error'),
    })
  }
  // Population at depth 0–3 by id for those who may read it (the others get 404 at any depth);
  // lists at the deepest (they populate every document listed).
  for (const depth of !id ? [] : read === 'allow' ? [0, 1, 2, 3] : [0]) {
    const byId = sample.byKey ? `${base}/${sample.byKey}` : `${base}/${id}`
    probes.push({
      label: `GET ${base}/:id depth ${depth}`,
      persona,
      path: `${byId}?depth=${depth}`,
      check: (r) => statusFails(read, r.status),
    })
  }
  if (id) {
    probes.push({
      label: `GET ${base} where id depth 3`,
      persona,
      path: `${base}?where[id][equals]=${id}&depth=3${query}`,
      check: (r) => {
        const listed = listedIds(r).includes(id)
        if (read === 'allow') return listed ? undefined : 'expected the document in the list'
        return listed ? 'listed a document it may not read' : undefined
      },
    })
  }
  // (`/count` of preferences is the caller's preference named "count".)
  if (id && !sample.byKey) {
    probes.push({
      label: `GET ${base}/count`,
      persona,
      path: `${base}/count?where[id][equals]=${id}${query}`,
      check: (r) => {
        const total = r.body?.totalDocs ?? 0
        if (read === 'allow') return total === 1 ? undefined : 'expected a count of 1'
        return total === 0 ? undefined : 'counted a document it may not read'
      },
    })
  }
  if (id) {
    const update = outcomeOf(policy, policy.update, persona)
    for (const bulk of [false, true]) {
      const value = sample.value(nextToken())
      probes.push({
        label: `PATCH ${base}${bulk ? '?where' : '/:id'}`,
        persona,
        method: 'PATCH',
        path: bulk ? `${base}?where[id][equals]=${id}` : `${base}/${id}`,
        json: { [sample.field]: value },
        check: async (r) => {
          // Allowed writes race each other on the same document: judge them by their own answer.
          if (update === 'allow') {
            const written = bulk ? r.body?.docs?.[0] : r.body?.doc
            return r.status === 200 && written?.[sample.field] === value
              ? undefined
              : 'the allowed write was not stored'
          }
          return (await storedField(slug, id, sample.field)) === value
            ? 'the refused write was stored'
            : bulk
              ? undefined
              : statusFails(update, r.status)
        },
      })
    }
    const remove = outcomeOf(policy, policy.delete, persona)
    if (remove !== 'allow') {
      for (const bulk of [false, true]) {
        probes.push({
          label: `DELETE ${base}${bulk ? '?where' : '/:id'}`,
          persona,
          method: 'DELETE',
          path: bulk ? `${base}?where[id][equals]=${id}` : `${base}/${id}`,
          check: async (r) =>
            (await storedField(slug, id, 'id')) === null
              ? 'the refused delete removed the document'
              : bulk
                ? undefined
                : statusFails(remove, r.status),
        })
      }
    }
    if (hasRoute(collection, 'post', '/:id/duplicate')) {
      const duplicate = outcomeOf(policy, policy.duplicate, persona)
      const conflicts = sample.duplicateConflicts ? [409] : []
      probes.push({
        label: `POST ${base}/:id/duplicate`,
        persona,
        method: 'POST',
        path: `${base}/${id}/duplicate`,
        json: {},
        check: (r) =>
          sample.duplicateConflicts && duplicate === 'allow' && uniqueRefusal(r)
            ? undefined
            : statusFails(duplicate, r.status, conflicts),
      })
    }
    probes.push({
      label: `POST ${base}/access/:id`,
      persona,
      method: 'POST',
      path: `${base}/access/${id}`,
      json: {},
      check: (r) => (r.status < 500 ? undefined : 'server error'),
    })
    if (collection.upload) {
      for (const filename of await fileNames(slug, id)) {
        probes.push({
          label: `GET ${base}/file/${filename.includes('-') && filename.split('.')[0]!.length > 36 ? '(size)' : ':filename'}`,
          persona,
          path: `${base}/file/${encodeURIComponent(filename)}`,
          check: (r) =>
            statusFails(read, r.status) ??
            (read === 'allow' && r.text.length === 0 ? 'empty file' : undefined),
        })
      }
    }
  }
  if (collection.upload) {
    probes.push({
      label: `GET ${base}/paste-url`,
      persona,
      path: `${base}/paste-url${id ? `/${id}` : ''}?src=${encodeURIComponent('http://127.0.0.1:9/secret.png')}`,
      check: (r) => (r.status === 404 ? undefined : 'pasting from a URL is not served'),
    })
  }

  // Create: in A (naming A's parent or A's company), or, for top-level collections, in one's own company.
  const token = sample.value(nextToken())
  const create = allows(policy.create, persona)
  const body = sample.create(w, token)
  probes.push({
    label: `POST ${base}`,
    persona,
    method: 'POST',
    path: base,
    json: body.json,
    form: body.form,
    check: async (r: ProbeResponse) => {
      // Uploads keep the file's name as `originalFilename`.
      const stored = await docsWith(
        slug,
        sample.field,
        sample.field === 'originalFilename' ? `${token}.png` : token,
      )
      if (!create)
        return stored.length === 0
          ? r.status >= 400 && r.status < 500
            ? undefined
            : 'expected a 4xx'
          : 'the refused create was stored'
      // The creator's company already holds its one document.
      if (sample.onePerCompany && uniqueRefusal(r))
        return stored.length === 0 ? undefined : 'a refused (unique) create was stored'
      if (r.status !== 201 || stored.length !== 1)
        return `expected 201 and one document (found ${stored.length})`
      const company = stored[0]!.company
      if (company === undefined) return undefined
      if (policy.operatorInvites && persona === 'operator') {
        return company === w.a.company.id && stored[0]!.inviteStatus === 'INVITED'
          ? undefined
          : 'the operator’s new user must be an invitation into the named company'
      }
      const expected =
        policy.topLevel && !allows('company', persona)
          ? w.personas[persona].companyId
          : w.a.company.id
      return company === expected
        ? undefined
        : `created in company ${String(company)}, expected ${expected}`
    },
  })

  const version = w.versionsA[slug as CollectionSlug]
  if (policy.versions && id) {
    if (!version) throw new Error(`no version of A's ${slug} in the security world`)
    const versions = outcomeOf(policy, policy.versions.read, persona)
    const restore = outcomeOf(policy, policy.versions.restore, persona)
    probes.push({
      label: `GET ${base}/versions`,
      persona,
      path: `${base}/versions?where[parent][equals]=${id}&depth=1`,
      check: (r) => {
        const listed = listedIds(r).includes(version)
        if (versions === 'allow') return listed ? undefined : 'expected the version in the list'
        return listed ? 'listed a version it may not read' : undefined
      },
    })
    probes.push({
      label: `GET ${base}/versions/:id`,
      persona,
      path: `${base}/versions/${version}`,
      check: (r) => statusFails(versions, r.status),
    })
    probes.push({
      label: `POST ${base}/versions/:id`,
      persona,
      method: 'POST',
      path: `${base}/versions/${version}`,
      check: (r) => statusFails(restore, r.status),
    })
  }
  return probes
}

/** Every collection of the built config × every persona (the coverage test fails on a collection without a row). */
export async function restProbes(w: SecurityWorld): Promise<Probe[]> {
  const probes: Probe[] = []
  for (const collection of payload.config.collections) {
    const policy = collectionPolicy[collection.slug]
    const sample = samples[collection.slug]
    if (!policy || !sample) continue
    for (const persona of personaNames)
      probes.push(...(await collectionProbes(w, collection, policy, sample, persona)))
  }
  return probes
}

/** Collections ordered so that each comes before those it points at (children before parents): deleting in this order never cascades onto a later target. */
export function childrenFirst(slugs: string[]): string[] {
  const pointsAt = new Map(
    slugs.map((slug) => {
      const collection = payload.config.collections.find((c) => c.slug === slug)!
      const targets = collection.flattenedFields.flatMap((f) =>
        f.type === 'relationship' || f.type === 'upload'
          ? ([] as string[]).concat(f.relationTo as string | string[])
          : [],
      )
      return [slug, new Set(targets.filter((t) => t !== slug && slugs.includes(t)))]
    }),
  )
  const ordered: string[] = []
  const place = (slug: string, path: string[] = []) => {
    if (ordered.includes(slug) || path.includes(slug)) return
    // Whoever points at `slug` is deleted first.
    for (const [other, targets] of pointsAt) if (targets.has(slug)) place(other, [...path, slug])
    ordered.push(slug)
  }
  for (const slug of slugs) place(slug)
  return ordered
}

/**
 * The allowed deletes, by id and in bulk, each on a document made for it (a fresh copy of A's
 * documents per persona and route, deleted children first so no cascade gets there first).
 * A collection holding one document per company (`onePerCompany`) has no fresh copy beside A's:
 * the first persona allowed deletes A's own, by id, in a batch of its own.
 */
export async function allowedDeleteProbes(
  w: SecurityWorld,
  fresh: (persona: PersonaName) => Promise<FreshDocuments>,
): Promise<Probe[][]> {
  const batches: Probe[][] = []
  for (const persona of personaNames) {
    const slugs = childrenFirst(
      payload.config.collections
        .map((c) => c.slug)
        .filter(
          (slug) =>
            collectionPolicy[slug] &&
            allows(collectionPolicy[slug]!.delete, persona) &&
            !samples[slug]?.onePerCompany,
        ),
    )
    if (slugs.length === 0) continue
    for (const bulk of [false, true]) {
      const { docs, keys } = await fresh(persona)
      const batch: Probe[] = []
      for (const slug of slugs) {
        const id = docs[slug as CollectionSlug]
        if (!id) throw new Error(`no fresh ${slug} document for ${persona}`)
        // Preferences are addressed by key (`/:key` shadows `/:id`).
        const one = keys[slug as CollectionSlug] ?? id
        batch.push({
          label: `DELETE /${slug}${bulk ? '?where' : '/:id'} (allowed)`,
          persona,
          method: 'DELETE',
          path: bulk ? `/${slug}?where[id][equals]=${id}` : `/${slug}/${one}`,
          check: async (r) =>
            (await storedField(slug, id, 'id')) !== null || r.status !== 200
              ? 'the allowed delete did not remove the document'
              : undefined,
        })
      }
      batches.push(batch)
    }
  }
  for (const slug of Object.keys(samples).filter(
    (slug) => samples[slug]!.onePerCompany && collectionPolicy[slug],
  )) {
    const persona = personaNames.find((name) => allows(collectionPolicy[slug]!.delete, name))
    const id = w.docsA[slug as CollectionSlug]
    if (!persona) continue
    if (!id) throw new Error(`no ${slug} document of A`)
    batches.push([
      {
        label: `DELETE /${slug}/:id (allowed, A's one)`,
        persona,
        method: 'DELETE',
        path: `/${slug}/${id}`,
        check: async (r) =>
          (await storedField(slug, id, 'id')) !== null || r.status !== 200
            ? 'the allowed delete did not remove the document'
            : undefined,
      },
    ])
  }
  return batches
}
