import type { CollectionSlug } from 'payload'

import { PASSWORD, payload } from '../../helpers/fixtures'
import { createWorld } from '../../helpers/world'
import type { PersonaName, SecurityWorld } from './world'

let counter = 0

/**
 * Documents of company A for one persona's allowed deletes: a copy of A's world owned by A1, a
 * user, a company (the operator's to delete), a lock and a preference of the persona's own.
 */
export type FreshDocuments = {
  docs: Partial<Record<CollectionSlug, string>>
  keys: Partial<Record<CollectionSlug, string>>
}

export async function freshDocuments(
  w: SecurityWorld,
  persona: PersonaName,
): Promise<FreshDocuments> {
  const n = ++counter
  const needsWorld = persona === 'memberA1' || persona === 'adminA'
  // A's brand guidelines are A's one (see `allowedDeleteProbes`).
  const docs: Partial<Record<CollectionSlug, string>> = needsWorld
    ? { ...(await createWorld(w.a, { owner: w.a.member.id, skipBrandGuidelines: true })) }
    : {}
  docs.users = String(
    (
      await payload.create({
        collection: 'users',
        data: {
          email: `fresh-${n}-${w.a.company.id.slice(0, 8)}@example.test`,
          password: PASSWORD,
          name: 'Fresh',
          role: 'MEMBER',
          company: w.a.company.id,
        },
      })
    ).id,
  )
  docs.companies = String(
    (await payload.create({ collection: 'companies', data: { name: `fresh-${n}` } })).id,
  )
  const keys: FreshDocuments['keys'] = {}
  const user = w.personas[persona].userId
  // A lock names a document its author can read: only A's people lock A's documents.
  if (user && w.personas[persona].companyId === w.a.company.id) {
    docs['payload-locked-documents'] = String(
      (
        await payload.create({
          collection: 'payload-locked-documents',
          data: {
            document: { relationTo: 'manual-pages', value: w.docsA['manual-pages']! },
            user: { relationTo: 'users', value: user },
          },
        })
      ).id,
    )
  }
  if (user) {
    keys['payload-preferences'] = `fresh-${n}`
    await w.personas[persona].api.post(`/payload-preferences/fresh-${n}`, { json: { value: n } })
    const { docs: prefs } = await payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: `fresh-${n}` } },
      depth: 0,
    })
    docs['payload-preferences'] = String(prefs[0]!.id)
  }
  return { docs, keys }
}
