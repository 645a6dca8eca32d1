import type { CollectionSlug, Config, Endpoint } from 'payload'

/**
 * Where a plugin's endpoints are served: `root` under `/api`, or under a collection's path
 * (`companies` for `/api/companies/:id/…`: Payload hands such paths to that collection, never
 * to the root). Each plugin lists its routes once, in `endpoints/index.ts`.
 */
export type Routes = { root?: Endpoint[] } & { [Slug in CollectionSlug]?: Endpoint[] }

/** Adds a plugin's routes; a collection that is not in the config yet is an error, not a silent no-op. */
export function addRoutes(config: Config, routes: Routes): Config {
  const { root = [], ...byCollection } = routes
  const collections = config.collections ?? []
  for (const slug of Object.keys(byCollection)) {
    if (!collections.some((collection) => collection.slug === slug)) {
      throw new Error(
        `Routes under /api/${slug} need the ${slug} collection: add the plugin that provides it first.`,
      )
    }
  }
  return {
    ...config,
    endpoints: [...(config.endpoints ?? []), ...root],
    collections: collections.map((collection) => {
      const extra = byCollection[collection.slug as keyof typeof byCollection]
      return extra?.length
        ? { ...collection, endpoints: [...(collection.endpoints || []), ...extra] }
        : collection
    }),
  }
}
