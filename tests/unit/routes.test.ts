import type { Config, Endpoint } from 'payload'
import { describe, expect, it } from 'vitest'

import { addRoutes } from '../../src/lib/http/routes'

const endpoint = (path: string): Endpoint => ({
  path,
  method: 'get',
  handler: () => Response.json({}),
})
const base = {
  collections: [{ slug: 'companies', fields: [] }],
  endpoints: [endpoint('/existing')],
} as Pick<Config, 'collections' | 'endpoints'>

describe('addRoutes', () => {
  it('adds root routes to the config and collection routes to their collection', () => {
    const config = addRoutes(base as Config, {
      root: [endpoint('/cars/:id')],
      companies: [endpoint('/:id/cars')],
    })
    expect(config.endpoints?.map((e) => e.path)).toEqual(['/existing', '/cars/:id'])
    const companies = config.collections?.find((c) => c.slug === 'companies')
    expect(Array.isArray(companies?.endpoints) && companies.endpoints.map((e) => e.path)).toEqual([
      '/:id/cars',
    ])
  })

  it('refuses routes under a collection that is not there, instead of dropping them', () => {
    expect(() => addRoutes(base as Config, { scenes: [endpoint('/:id')] })).toThrow(
      'Routes under /api/scenes need the scenes collection: add the plugin that provides it first.',
    )
  })
})
