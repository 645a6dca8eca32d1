import type { Endpoint, SanitizedCollectionConfig } from 'payload'

import { notFound, unauthorized } from '../../../src/lib/http/errors'

/**
 * `DELETE /api/payload-preferences/:key`: Payload's handler deletes through a query the Postgres
 * adapter cannot build (a 500 for every key). The caller's own preference by key, or 404.
 */
export function fixPreferenceDeletion(preferences: SanitizedCollectionConfig) {
  preferences.endpoints = (preferences.endpoints || []).map((endpoint) =>
    endpoint.method === 'delete' && endpoint.path === '/:key' ? deleteOwnPreference : endpoint,
  )
}

const deleteOwnPreference: Endpoint = {
  method: 'delete',
  path: '/:key',
  handler: async (req) => {
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
    const preference = docs[0]
    if (!preference) throw notFound('Preference')
    await req.payload.delete({ collection: 'payload-preferences', id: preference.id, req })
    return Response.json({ doc: preference, message: 'Deleted successfully.' })
  },
}
