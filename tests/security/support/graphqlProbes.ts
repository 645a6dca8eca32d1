import type { CollectionSlug, SanitizedCollectionConfig } from 'payload'

import { payload } from '../../helpers/fixtures'
import { graphqlNames } from '../../helpers/graphqlNames'
import { collectionPolicy, type CollectionPolicy } from '../policy'
import { allows, outcomeOf } from './outcomes'
import type { Probe, ProbeResponse } from './probes'
import { nextToken, storedField } from './restProbes'
import { samples, type Sample } from './samples'
import { personaNames, type PersonaName, type SecurityWorld } from './world'

const collectionOf = (slug: string) => payload.config.collections.find((c) => c.slug === slug)

/**
 * The selection of `slug`'s relationship and join fields, nested `depth` levels deep (polymorphic
 * ones through their union members): what GraphQL populates is checked like REST's depth.
 */
export function nestedSelection(slug: string, depth: number): string {
  const collection = collectionOf(slug)
  if (!collection || depth === 0) return 'id'
  const parts = ['id']
  const typeOf = (target: string) => {
    const names = graphqlNames(collectionOf(target)!)
    return names ? names.one : null
  }
  for (const field of collection.fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && 'name' in field) {
      if (Array.isArray(field.relationTo)) {
        const members = field.relationTo
          .filter((target) => typeOf(target))
          .map((target) => `... on ${typeOf(target)} { ${nestedSelection(target, depth - 1)} }`)
        if (members.length)
          parts.push(`${field.name} { relationTo value { ${members.join(' ')} } }`)
      } else if (typeOf(field.relationTo)) {
        parts.push(`${field.name} { ${nestedSelection(field.relationTo, depth - 1)} }`)
      }
    } else if (field.type === 'join' && typeOf(field.collection as string)) {
      parts.push(
        `${field.name} { docs { ${nestedSelection(field.collection as string, depth - 1)} } }`,
      )
    }
  }
  return parts.join(' ')
}

/** A GraphQL answer that the schema refused (a query the probes built wrong) is a failure of the suite, not a refusal. */
const schemaError = (r: ProbeResponse) =>
  (r.body?.errors ?? []).find((e: { message?: string }) =>
    /Cannot query field|Unknown argument|Unknown type|Syntax Error|must have a selection|Variable "\$/.test(
      e.message ?? '',
    ),
  )?.message

function collectionProbes(
  w: SecurityWorld,
  collection: SanitizedCollectionConfig,
  policy: CollectionPolicy,
  sample: Sample,
  persona: PersonaName,
): Probe[] {
  const names = graphqlNames(collection)
  const id = w.docsA[collection.slug as CollectionSlug]
  if (!names) return []
  const { one, many } = names
  const slug = collection.slug
  const read = outcomeOf(policy, policy.read, persona) === 'allow'
  const probes: Probe[] = []
  const probe = (
    label: string,
    query: string,
    variables: Record<string, unknown>,
    check: (r: ProbeResponse) => string | undefined | Promise<string | undefined>,
  ) =>
    probes.push({
      label: `GraphQL ${label}`,
      persona,
      graphql: { query, variables },
      check: async (r) => schemaError(r) ?? (r.status >= 500 ? 'server error' : await check(r)),
    })

  if (id) {
    probe(
      `${many} where id`,
      `{ ${many}(where: { id: { equals: "${id}" } }, limit: 10) { docs { ${nestedSelection(slug, 1)} } totalDocs } }`,
      { id },
      (r) => {
        const listed = (r.body?.data?.[many]?.docs ?? []).some(
          (doc: { id: string }) => doc?.id === id,
        )
        return read === listed
          ? undefined
          : read
            ? 'expected the document in the list'
            : 'listed a document it may not read'
      },
    )
    for (const depth of [0, 2]) {
      probe(
        `${one}(id) depth ${depth}`,
        `query($id: String!) { ${one}(id: $id) { ${nestedSelection(slug, depth)} } }`,
        { id },
        (r) => {
          const found = Boolean(r.body?.data?.[one])
          return read === found
            ? undefined
            : read
              ? 'expected the document'
              : 'answered a document it may not read'
        },
      )
    }
    probe(
      `count${many}`,
      `{ count${many}(where: { id: { equals: "${id}" } }) { totalDocs } }`,
      { id },
      (r) => {
        const total = r.body?.data?.[`count${many}`]?.totalDocs ?? 0
        return read === (total === 1)
          ? undefined
          : read
            ? 'expected a count of 1'
            : 'counted a document it may not read'
      },
    )
    const value = sample.value(nextToken())
    const update = allows(policy.update, persona)
    probe(
      `update${one}`,
      `mutation($id: String!, $data: mutation${one}UpdateInput!) { update${one}(id: $id, data: $data) { id } }`,
      { id, data: { [sample.field]: value } },
      async () => {
        const stored = await storedField(slug, id, sample.field)
        if (update) return undefined // Judged by REST's race-free check; here only that no refused write lands.
        return stored === value ? 'the refused write was stored' : undefined
      },
    )
    if (!allows(policy.delete, persona)) {
      probe(
        `delete${one}`,
        `mutation($id: String!) { delete${one}(id: $id) { id } }`,
        { id },
        async (r) =>
          (await storedField(slug, id, 'id')) === null
            ? 'the refused delete removed the document'
            : r.body?.data?.[`delete${one}`]
              ? 'answered a deletion'
              : undefined,
      )
    }
    const version = w.versionsA[slug as CollectionSlug]
    if (policy.versions) {
      if (!version) throw new Error(`no version of A's ${slug} in the security world`)
      const versions = allows(policy.versions.read, persona)
      probe(
        `versions${many}`,
        `{ versions${many}(where: { parent: { equals: "${id}" } }) { docs { id } } }`,
        { id },
        (r) => {
          const listed = (r.body?.data?.[`versions${many}`]?.docs ?? []).some(
            (doc: { id: string }) => doc?.id === version,
          )
          return versions === listed
            ? undefined
            : versions
              ? 'expected the version'
              : 'listed a version it may not read'
        },
      )
      probe(
        `version${one}(id)`,
        `query($id: String!) { version${one}(id: $id) { id } }`,
        { id: version },
        (r) =>
          versions === Boolean(r.body?.data?.[`version${one}`])
            ? undefined
            : versions
              ? 'expected the version'
              : 'answered a version it may not read',
      )
      if (!allows(policy.versions.restore, persona)) {
        probe(
          `restoreVersion${one}`,
          `mutation($id: String!) { restoreVersion${one}(id: $id) { id } }`,
          { id: version },
          (r) =>
            r.body?.data?.[`restoreVersion${one}`] ? 'restored a version it may not' : undefined,
        )
      }
    }
  }

  const token = sample.value(nextToken())
  const body = sample.create(w, token).json
  if (body) {
    const create = allows(policy.create, persona) && !sample.restOnlyCreate
    probe(
      `create${one}`,
      `mutation($data: mutation${one}Input!) { create${one}(data: $data) { id } }`,
      { data: body },
      async (r) => {
        const created = r.body?.data?.[`create${one}`]?.id as string | undefined
        if (!create) return created ? 'created a document it may not' : undefined
        // The creator's company already holds its one document (the unique index refuses it).
        if (
          !created &&
          sample.onePerCompany &&
          JSON.stringify(r.body?.errors ?? []).includes('Value must be unique')
        )
          return undefined
        if (!created) return 'expected the document to be created'
        const company = await storedField(slug, created, 'company')
        if (company === undefined || (policy.operatorInvites && persona === 'operator'))
          return undefined
        const expected =
          policy.topLevel && !allows('company', persona)
            ? w.personas[persona].companyId
            : w.a.company.id
        return company === expected
          ? undefined
          : `created in company ${String(company)}, expected ${expected}`
      },
    )
  }
  return probes
}

/** Every collection with GraphQL × every persona: queries (with nested relationships), counts, versions, mutations. */
export function graphqlProbes(w: SecurityWorld): Probe[] {
  return payload.config.collections.flatMap((collection) => {
    const policy = collectionPolicy[collection.slug]
    const sample = samples[collection.slug]
    if (!policy || !sample) return []
    return personaNames.flatMap((persona) =>
      collectionProbes(w, collection, policy, sample, persona),
    )
  })
}
