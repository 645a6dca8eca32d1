import type { Endpoint } from 'payload'

import { readableOr404 } from '../../../src/lib/access'
import { isCollectionSlug } from '../../../src/lib/db/collectionSlugs'
import { notFound } from '../../../src/lib/http/errors'
import { payloadEndpoint } from '../../../src/lib/http/payloadEndpoint'

/**
 * Payload answers 403 for a document the signed-in caller may not read on some of its own routes
 * (file URLs, reading or restoring a version by id) — another company's, or one that does not exist. Both are "not
 * found" to them: 404, like any other company's document. Payload's own handler still serves
 * everything else.
 */
export const forbiddenAsNotFound = (
  slug: string,
  path: string,
  what: string,
  method: 'get' | 'post' = 'get',
): Endpoint => {
  const endpoint: Endpoint = {
    path,
    method,
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
      const filename = String(req.routeParams?.filename ?? '')
      if (filename.includes('\u0000') || /[/\\]/.test(filename)) throw notFound('File')
      return inner.handler(req)
    },
  }
}

/**
 * `POST /api/<collection>/:id/duplicate`: Payload checks create access before it looks for the
 * document, so another company's id answered 403. It is not found: 404, as if it did not exist.
 */
export const duplicateReadableOnly = (slug: string): Endpoint => {
  const endpoint: Endpoint = {
    path: '/:id/duplicate',
    method: 'post',
    handler: async (req) => {
      if (!isCollectionSlug(req.payload, slug)) throw notFound('Document')
      await readableOr404(req, slug, String(req.routeParams?.id ?? ''), { what: 'Document' })
      return payloadEndpoint(req, slug, endpoint, endpoint).handler(req)
    },
  }
  return endpoint
}
