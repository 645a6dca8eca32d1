import type { CollectionSlug, PayloadRequest } from 'payload'

/** Whether the signed-in caller may read document `id` (one cheap query, no fields). */
export async function readableBy(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
): Promise<boolean> {
  const found = await req.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
    select: {},
  })
  return Boolean(found)
}
