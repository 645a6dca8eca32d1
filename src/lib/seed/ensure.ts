import type { CollectionSlug, Payload, Where } from 'payload'

export type SeedFile = { data: Buffer; mimetype: string; name: string }

/**
 * The demo document `where` names, created (from `make`) only when it is missing: every part of
 * the demo is checked and completed on every start, so a start interrupted anywhere is finished
 * by the next one, and nothing is made twice. Each create is its own transaction (an upload's
 * file is stored before it commits), so a document that exists is whole.
 */
export async function ensureDoc(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  make: () =>
    | Promise<{ data: Record<string, unknown>; file?: SeedFile }>
    | { data: Record<string, unknown>; file?: SeedFile },
): Promise<{ id: string; created: boolean }> {
  const slug = collection as 'companies'
  const { docs } = await payload.find({
    collection: slug,
    where,
    limit: 1,
    depth: 0,
    sort: 'createdAt',
    pagination: false,
  })
  if (docs[0]) return { id: String(docs[0].id), created: false }
  const { data, file } = await make()
  const doc = await payload.create({
    collection: slug,
    data: data as never,
    ...(file
      ? {
          file: {
            data: file.data,
            mimetype: file.mimetype,
            name: file.name,
            size: file.data.length,
          },
        }
      : {}),
    depth: 0,
  })
  return { id: String(doc.id), created: true }
}

/** `{ a: x, b: y }` → a Where matching all of them. */
export const whereAll = (fields: Record<string, unknown>): Where => ({
  and: Object.entries(fields).map(([field, value]) => ({ [field]: { equals: value } })),
})
