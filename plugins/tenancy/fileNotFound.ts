import type { Endpoint } from 'payload'

import { notFound } from '../../src/lib/http/errors'
import { payloadEndpoint } from '../../src/lib/http/payloadEndpoint'

/**
 * `GET /api/<upload collection>/file/:filename` answers 403 for a file the signed-in caller may
 * not read — another company's — and for one that does not exist. Both are "not found" to them:
 * 404, like any other company's document. Payload's own handler (access check, storage adapter)
 * still serves everything else.
 */
export const fileNotFoundEndpoint = (slug: string): Endpoint => {
  const endpoint: Endpoint = {
    path: '/file/:filename',
    method: 'get',
    handler: async (req) => {
      try {
        return await payloadEndpoint(req, slug, endpoint, endpoint).handler(req)
      } catch (error) {
        if (req.user && (error as { status?: number }).status === 403) throw notFound('File')
        throw error
      }
    },
  }
  return endpoint
}
