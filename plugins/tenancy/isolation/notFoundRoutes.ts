import type { Endpoint } from 'payload'

import { notFound } from '../../../src/lib/http/errors'
import { payloadEndpoint } from '../../../src/lib/http/payloadEndpoint'

/**
 * Payload answers 403 for a document the signed-in caller may not read on some of its own routes
 * (file URLs, a version by id) — another company's, or one that does not exist. Both are "not
 * found" to them: 404, like any other company's document. Payload's own handler still serves
 * everything else.
 */
export const forbiddenAsNotFound = (slug: string, path: string, what: string): Endpoint => {
  const endpoint: Endpoint = {
    path,
    method: 'get',
    handler: async (req) => {
      try {
        return await payloadEndpoint(req, slug, endpoint, endpoint).handler(req)
      } catch (error) {
        if (req.user && (error as { status?: number }).status === 403) throw notFound(what)
        throw error
      }
    },
  }
  return endpoint
}

/** `GET /api/<upload collection>/file/:filename`. */
export const fileNotFoundEndpoint = (slug: string): Endpoint => {
  const inner = forbiddenAsNotFound(slug, '/file/:filename', 'File')
  return {
    ...inner,
    handler: async (req) => {
      // No stored file name holds a NUL or a path separator (the file system would refuse it with a 500).
      if (/[\u0000/\\]/.test(String(req.routeParams?.filename ?? ''))) throw notFound('File')
      return inner.handler(req)
    },
  }
}
