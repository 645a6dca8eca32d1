import type { CollectionSlug, Field } from 'payload'

import { relationshipPaths } from '../../../plugins/tenancy/isolation/readableTargets'
import { payload } from '../../helpers/fixtures'
import { collectionPolicy } from '../policy'
import { listedIds } from './outcomes'
import type { Probe } from './probes'
import { personaNames, type PersonaName, type SecurityWorld } from './world'

const signedIn = personaNames.filter((p) => p !== 'anonymous')
const sideA = new Set<PersonaName>(['memberA1', 'memberA2', 'adminA'])

/** The other company's documents, as seen from `persona`'s side. */
const otherSide = (w: SecurityWorld, persona: PersonaName) =>
  sideA.has(persona) ? w.docsB : w.docsA

/**
 * `where` filters that name the other company's documents in every relationship and upload
 * field of every collection (from the built config), directly, as a list, and through the
 * related document's own fields (`project.company`): nothing of the other company comes back.
 */
export function whereProbes(w: SecurityWorld): Probe[] {
  const probes: Probe[] = []
  for (const collection of payload.config.collections) {
    if (!collectionPolicy[collection.slug] || collection.endpoints === false) continue
    for (const { path, field } of relationshipPaths(collection.fields as Field[])) {
      if (field.type !== 'relationship' && field.type !== 'upload') continue
      const polymorphic = Array.isArray(field.relationTo)
      const targets = (polymorphic ? field.relationTo : [field.relationTo]) as CollectionSlug[]
      for (const target of targets) {
        for (const persona of signedIn) {
          const foreign = otherSide(w, persona)[target]
          if (!foreign) continue
          const key = polymorphic ? `${path}.value` : path
          const queries = [`where[${key}][equals]=${foreign}`, `where[${key}][in]=${foreign}`]
          if (!polymorphic && target !== 'companies')
            queries.push(`where[${path}.company][equals]=${otherSide(w, persona).companies}`)
          for (const query of queries) {
            probes.push({
              label: `GET /${collection.slug}?${query.replace(/=.*/, '')}`,
              persona,
              path: `/${collection.slug}?${query}&depth=1&limit=50`,
              // Lists of another company's documents come back empty (or refused); the leak scan does the rest.
              check: (r) => (r.status < 500 ? undefined : 'server error'),
            })
          }
        }
      }
    }
  }
  return probes
}

/**
 * `select` and `populate` on every collection: the related documents a persona may not read
 * stay ids (or nothing), and fields nobody reads (password hash and salt, reset and invitation
 * tokens) never come back, even when asked for by name.
 */
export function selectProbes(w: SecurityWorld): Probe[] {
  const probes: Probe[] = []
  const hidden = [
    'hash',
    'salt',
    'resetPasswordToken',
    'invitationTokenHash',
    'sessions',
    'loginAttempts',
  ]
  for (const collection of payload.config.collections) {
    if (!collectionPolicy[collection.slug] || collection.endpoints === false) continue
    for (const persona of personaNames) {
      const select =
        collection.slug === 'users'
          ? hidden.map((f) => `select[${f}]=true`).join('&')
          : 'select[company]=true&select[owner]=true'
      probes.push({
        label: `GET /${collection.slug}?select&populate`,
        persona,
        path: `/${collection.slug}?${select}&populate[users][email]=true&populate[users][hash]=true&populate[companies][name]=true&depth=2&limit=50`,
        check: (r) => (r.status < 500 ? undefined : 'server error'),
      })
    }
  }
  for (const persona of personaNames) {
    probes.push({
      label: 'GET /users/:id?select hidden fields',
      persona,
      path: `/users/${w.a.member.id}?${hidden.map((f) => `select[${f}]=true`).join('&')}`,
      check: (r) =>
        hidden.some((f) => f !== 'sessions' && r.body && f in r.body)
          ? 'answered a hidden field'
          : undefined,
    })
  }
  return probes
}

/**
 * Hidden fields cannot be used as an oracle: filtering or sorting users by a password hash, salt,
 * reset token or invitation hash must not depend on their values (else an ADMIN could read a
 * colleague's reset token one character at a time).
 */
export async function hiddenFieldOracleProbes(w: SecurityWorld): Promise<Probe[]> {
  const target = (await payload.findByID({
    collection: 'users',
    id: w.a.member.id,
    showHiddenFields: true,
  })) as unknown as Record<string, unknown>
  const probes: Probe[] = []
  for (const field of ['hash', 'salt', 'resetPasswordToken', 'sessions.id', 'loginAttempts']) {
    const value =
      field === 'sessions.id'
        ? (target.sessions as Array<{ id: string }> | undefined)?.[0]?.id
        : target[field]
    if (value === undefined || value === null) continue
    const actual = String(value).slice(0, 3)
    const wrong = actual === 'zzz' ? 'yyy' : 'zzz'
    const answers = new Map<string, string[]>()
    for (const persona of ['memberA2', 'adminA'] as const) {
      for (const guess of [actual, wrong]) {
        probes.push({
          label: `GET /users?where[${field}][like]`,
          persona,
          path: `/users?where[id][equals]=${w.a.member.id}&where[${field}][like]=${encodeURIComponent(guess)}&depth=0`,
          check: (r) => {
            const key = `${persona} ${field}`
            const seen = [...(answers.get(key) ?? []), `${r.status}:${listedIds(r).length}`]
            answers.set(key, seen)
            return seen.length === 2 && seen[0] !== seen[1]
              ? `filtering by ${field} depends on its value (${seen.join(' vs ')})`
              : undefined
          },
        })
      }
    }
  }
  return probes
}
