import type { Config, Endpoint } from 'payload'

/**
 * Routes under a collection's path (`/api/companies/:id/assets`) are served by that
 * collection, so plugins add their endpoints to it rather than to the root.
 */
export function addCollectionEndpoints(config: Config, slug: string, endpoints: Endpoint[]): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === slug
        ? { ...collection, endpoints: [...(collection.endpoints || []), ...endpoints] }
        : collection,
    ),
  }
}
