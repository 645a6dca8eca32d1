import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../src/lib/db/ids'

/**
 * `isSelected` is unique per scene: selecting one image (or clip, or seed frame) unselects the
 * scene's others in the same transaction, however it was selected (REST, GraphQL, admin, jobs).
 */
export const oneSelectedPerScene: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (!doc.isSelected || previousDoc?.isSelected) return doc
  // A plain flag flip straight in the database (same transaction): no hooks, and no chance of
  // the request's uploaded file being applied to the other documents.
  await req.payload.db.updateMany({
    collection: collection.slug,
    where: {
      and: [
        { scene: { equals: idOf(doc.scene) } },
        { id: { not_equals: doc.id } },
        { isSelected: { equals: true } },
      ],
    },
    data: { isSelected: false },
    req,
  })
  return doc
}
