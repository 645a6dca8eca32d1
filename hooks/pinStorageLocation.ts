import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

/**
 * Storage coordinates are decided on the server: `prefix` from the key module, and the
 * filename only by a new upload. Anything a client sends for them is overwritten, so no
 * document can point at another tenant's object.
 */
export const pinStorageLocation =
  (
    prefixFor: (doc: Record<string, unknown>, req: PayloadRequest) => string | Promise<string>,
  ): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const doc = { ...(originalDoc ?? {}), ...data }
    data.prefix = await prefixFor(doc, req)
    if (!req.file && originalDoc) {
      data.filename = originalDoc.filename
      data.sizes = originalDoc.sizes
    }
    return data
  }
