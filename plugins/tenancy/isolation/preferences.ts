import type { Endpoint, SanitizedCollectionConfig } from 'payload'

import { notFoundForUnreadable } from '../hooks/notFoundForUnreadable'
import { notFound, unauthorized } from '../../../src/lib/http/errors'

/**
 * `/api/payload-preferences/:key` is the signed-in caller's own preference by key. Payload's
 * handlers answer an anonymous caller 200 ("Not Found"), and its delete builds a query the
 * Postgres adapter cannot run (a 500 for every key). Here: 401 without a session, 404 for a key
 * the caller has no preference under (the admin panel reads any non-200 as "no preference").
 * Someone else's preference by id is not found (404), as any document one may not read; a
 * preference is not duplicated.
 */
export function fixPreferenceRoutes(preferences: SanitizedCollectionConfig) {
  preferences.hooks.beforeOperation = [
    notFoundForUnreadable,
    ...(preferences.hooks.beforeOperation ?? []),
  ]
  preferences.endpoints = (preferences.endpoints || [])
    .filter((endpoint) => endpoint.path !== '/:id/duplicate')
    .map((endpoint) => {
      if (endpoint.path !== '/:key') return endpoint
      if (endpoint.method === 'delete') return deleteOwnPreference
      if (endpoint.method === 'get')
        return {
          ...endpoint,
          handler: async (req) =>
            (await ownPreference(req))
              ? endpoint.handler(req)
              : Promise.reject(notFound('Preference')),
        }
      return {
        ...endpoint,
        handler: async (req) => (req.user ? endpoint.handler(req) : Promise.reject(unauthorized())),
      }
    })
}

async function ownPreference(req: Parameters<Endpoint['handler']>[0]) {
  if (!req.user) throw unauthorized()
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: String(req.routeParams?.key ?? '') } },
        { 'user.value': { equals: req.user.id } },
        { 'user.relationTo': { equals: req.user.collection } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]
}

const deleteOwnPreference: Endpoint = {
  method: 'delete',
  path: '/:key',
  handler: async (req) => {
    const preference = await ownPreference(req)
    if (!preference) throw notFound('Preference')
    await req.payload.delete({ collection: 'payload-preferences', id: preference.id, req })
    return Response.json({ doc: preference, message: 'Deleted successfully.' })
  },
}
