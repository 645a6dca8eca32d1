import type { Access, CollectionConfig, Where } from 'payload'

/**
 * Versions are as private as their documents. Unless a collection sets `readVersions`, Payload lets
 * any signed-in user read every version; here each versioned collection's rule is its `read` rule,
 * moved onto the version rows, where the document's fields live under `version.` and its id is
 * `parent`.
 */
export function withPrivateVersions(collection: CollectionConfig): CollectionConfig {
  if (!collection.versions || collection.access?.readVersions) return collection
  const read = collection.access?.read
  const readVersions: Access = async (args) => {
    if (!read) return Boolean(args.req.user)
    const result = await read(args)
    return typeof result === 'object' ? onVersionRows(result) : result
  }
  return { ...collection, access: { ...collection.access, readVersions } }
}

/** A document-level `Where` rewritten for the versions table. */
export function onVersionRows(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value))
        return [key, (value as Where[]).map(onVersionRows)]
      return [key === 'id' ? 'parent' : `version.${key}`, value]
    }),
  ) as Where
}
