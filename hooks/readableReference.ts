import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { idOf } from '../src/lib/db/ids'
import { notFound } from '../src/lib/http/errors'

/**
 * A document a caller names in a relationship must be one they can read: pointing at another
 * company's document answers 404, as if it did not exist (Payload would only check existence).
 */
export const readableReference =
  (reference: {
    field: string
    collection: CollectionSlug
    what: string
  }): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    const id = idOf(data?.[reference.field])
    if (!id || !req.user || id === idOf(originalDoc?.[reference.field])) return data
    const found = await req.payload.findByID({
      collection: reference.collection,
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    if (!found) throw notFound(reference.what)
    return data
  }
