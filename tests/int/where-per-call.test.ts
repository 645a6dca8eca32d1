import { randomUUID } from 'node:crypto'
import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { withListOperands } from '../../plugins/tenancy/isolation/listOperators'
import { nothing, sameCompany } from '../../src/lib/access'
import { payload } from '../helpers/fixtures'

/**
 * Payload rewrites parts of a query's `where` in place, so a `Where` kept in a module and handed
 * to every query would change for every later caller: the ones our access rules give are made
 * per call.
 */
describe('Where objects handed to Payload', () => {
  it('are rewritten in place by Payload (why a shared one is unsafe)', async () => {
    const where: Where = { users: { exists: true } }
    await payload.find({ collection: 'companies', where, limit: 1, depth: 0 })
    expect(where).toEqual({ 'users.id': { exists: true } })
  })

  it('"matches nothing" is a new object each time, and the queries it went into left it as it was', async () => {
    // A signed-in user without a company: every company-scoped rule answers "nothing".
    const homeless = {
      id: randomUUID(),
      role: 'MEMBER',
      company: null,
      collection: 'users',
    } as unknown as User & { collection: 'users' }
    const given = [nothing(), sameCompany(homeless), withListOperands({ id: { in: [] } })]
    expect(given).toEqual([
      { id: { exists: false } },
      { id: { exists: false } },
      { and: [{}, { id: { exists: false } }] },
    ])
    expect(nothing()).not.toBe(given[0])
    expect(sameCompany(homeless)).not.toBe(given[1])

    const before = structuredClone(given)
    for (const where of given) {
      await payload.find({ collection: 'projects', where, depth: 0 })
      await payload.count({ collection: 'scenes', where })
    }
    // The rules themselves, as access results: company-scoped reads and the document-locks rule.
    for (const collection of ['projects', 'scenes', 'payload-locked-documents'] as const)
      expect(
        (await payload.find({ collection, user: homeless, overrideAccess: false, depth: 0 }))
          .totalDocs,
      ).toBe(0)
    expect(given).toEqual(before)
    expect(nothing()).toEqual({ id: { exists: false } })
  })
})
