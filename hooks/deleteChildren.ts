import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

/**
 * Cascade: deletes the documents whose `field` points at the one being deleted, before it.
 * Each child is deleted in its own committed operation (row first, then its stored object, by
 * the storage plugin), deliberately outside the parent's transaction: a rollback of the parent
 * could restore child rows whose files are already gone. A failure half-way therefore leaves
 * fewer children, never documents pointing at missing files. The caller's access was checked
 * on the parent.
 */
export const deleteChildren =
  (child: { collection: CollectionSlug; field: string }): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    // Looked up in the parent's transaction first: a delete with nothing to cascade never asks the
    // pool for a second connection while holding one (under load, waiting for one can starve it).
    const { totalDocs } = await req.payload.count({
      collection: child.collection,
      where: { [child.field]: { equals: id } },
      req,
    })
    if (totalDocs === 0) return
    const { errors } = await req.payload.delete({
      collection: child.collection,
      where: { [child.field]: { equals: id } },
      // Children's own hooks can tell a cascade from a single delete (e.g. no renumbering).
      context: { ...req.context, cascadeDelete: true },
    })
    if (errors.length > 0)
      throw new Error(`Could not delete ${child.collection}: ${errors[0]?.message}`)
  }
