import type { Endpoint, PayloadRequest } from 'payload'

import { isCollectionSlug } from '../db/collectionSlugs'

/**
 * Payload's own endpoint for `path`/`method` on a collection, for custom endpoints that sit on
 * the same route and hand most requests on. Payload appends its endpoints after the custom
 * ones, so the last match (other than `ours`) is its own.
 */
export function payloadEndpoint(
  req: PayloadRequest,
  slug: string,
  match: Pick<Endpoint, 'path' | 'method'>,
  ours: Endpoint,
): Endpoint {
  const endpoints =
    (isCollectionSlug(req.payload, slug) && req.payload.collections[slug].config.endpoints) || []
  const found = endpoints.findLast(
    (endpoint) =>
      endpoint.path === match.path &&
      endpoint.method === match.method &&
      endpoint.handler !== ours.handler,
  )
  if (!found)
    throw new Error(
      `Payload's ${match.method.toUpperCase()} ${match.path} endpoint of ${slug} is missing`,
    )
  return found
}
