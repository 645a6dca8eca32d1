import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../src/lib/access'
import { badRequest } from '../src/lib/http/errors'

/**
 * A child document (a variant of a model, a media file of a variant) belongs to its parent's
 * company. The parent must be readable by the caller — otherwise it "does not exist" for them —
 * and the parent never changes after creation.
 */
export const companyFromParent =
  (parent: { field: string; collection: string; what: string }): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data) return data
    if (operation === 'update' && originalDoc) {
      data[parent.field] = idOf(originalDoc[parent.field])
      data.company = idOf(originalDoc.company)
      return data
    }
    const parentId = idOf(data[parent.field])
    const found = parentId
      ? await req.payload.findByID({
          collection: parent.collection as 'companies',
          id: parentId,
          depth: 0,
          req,
          disableErrors: true,
          ...(req.user ? { overrideAccess: false, user: req.user } : {}),
        })
      : null
    if (!found) throw badRequest(`${parent.what} not found.`, parent.field)
    data.company = idOf((found as { company?: unknown }).company)
    return data
  }
