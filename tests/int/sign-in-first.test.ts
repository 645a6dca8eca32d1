import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig, type Endpoint } from 'payload'
import { describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { payload } from '../helpers/fixtures'

/**
 * Every custom endpoint of the BUILT config (root endpoints and each collection's, whoever added
 * them), called anonymously with an empty body, answers 401 — before it validates anything.
 * "Custom" is everything Payload did not bring itself: Payload's own endpoints are the ones a bare
 * config (an auth + upload + versions collection, a jobs task) gets, compared by identity.
 * Nothing needs registering here: an endpoint added tomorrow is walked too.
 */

/** Reachable without a session, each for its own reason (see `publicEndpoint` where they are defined). */
const PUBLIC = [
  'post /auth/signin', // signing in is how a session starts
  'post /auth/signup', // new companies and invitation acceptance (Payload's own forgot/reset-password stay Payload's)
  'post /auth/signout', // an expired session can still clear its cookie
  'post /replicate/webhook', // Replicate calls it and signs it (REPLICATE_WEBHOOK_SECRET)
]

async function payloadsOwnEndpoints(): Promise<(endpoint: Endpoint) => boolean> {
  const bare = await buildConfig({
    secret: 'bare',
    db: postgresAdapter({ pool: { connectionString: 'postgres://unused' } }),
    collections: [
      { slug: 'bare', auth: true, upload: true, versions: { drafts: true }, fields: [] },
    ],
    jobs: { tasks: [{ slug: 'bareTask', handler: async () => ({ output: {} }) }] },
  })
  const endpoints = [...bare.endpoints, ...bare.collections.flatMap((c) => c.endpoints || [])]
  // Some are fresh objects per config (the preferences'), around the same handler functions.
  const objects = new Set(endpoints)
  const handlers = new Set(endpoints.map((endpoint) => endpoint.handler))
  return (endpoint) => objects.has(endpoint) || handlers.has(endpoint.handler)
}

type Route = { method: Endpoint['method']; path: string; label: string }

async function customRoutes(): Promise<Route[]> {
  const isPayloads = await payloadsOwnEndpoints()
  const routes: Route[] = []
  const add = (endpoint: Endpoint, prefix: string) => {
    if (isPayloads(endpoint)) return
    const path = `${prefix}${endpoint.path === '/' ? '' : endpoint.path}`
    routes.push({ method: endpoint.method, path, label: `${endpoint.method} ${path}` })
  }
  for (const endpoint of payload.config.endpoints) add(endpoint, '')
  for (const collection of payload.config.collections)
    for (const endpoint of collection.endpoints || []) add(endpoint, `/${collection.slug}`)
  return routes
}

/** Path params filled with values of the right shape: a well-formed id that names nothing. */
const concrete = (path: string) =>
  path
    .replace(/\/:[A-Za-z]+\?/g, '')
    .replace(/:filename/g, 'nothing.png')
    .replace(/:key/g, 'some-key')
    .replace(/:[A-Za-z]+/g, '6f1c7d1e-0000-4000-8000-000000000000')

const call = (route: Route) => {
  const api = new ApiClient()
  const method = route.method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'DELETE'
  // An empty body, as a careless or probing client sends it.
  const body =
    method === 'GET' || method === 'DELETE'
      ? undefined
      : { raw: '', headers: { 'content-type': 'application/json' } }
  return api.request(method, concrete(route.path), body)
}

const routes = await customRoutes()
const guarded = routes.filter((route) => !PUBLIC.includes(route.label))

describe('anonymous callers on every custom endpoint', () => {
  it('finds the custom endpoints of every plugin, and each public exception exists', () => {
    const labels = routes.map((route) => route.label)
    expect(labels).toEqual(
      expect.arrayContaining([
        'post /generate-image',
        'post /generate-video',
        'post /stitch-videos',
        'post /videos',
        'get /companies/:id/users',
        'patch /scenes/:id',
        ...PUBLIC,
      ]),
    )
    expect(guarded.length).toBeGreaterThan(40)
  })

  it.each(guarded.map((route) => [route.label, route]))('%s answers 401', async (_label, route) => {
    const res = await call(route as Route)
    expect(res.status, await res.clone().text()).toBe(401)
  })

  it.each(PUBLIC.map((label) => [label]))(
    '%s (public) answers without a session, and not with a server error',
    async (label) => {
      const res = await call(routes.find((route) => route.label === label)!)
      expect(res.status).not.toBe(401)
      expect(res.status).toBeLessThan(500)
    },
  )
})
