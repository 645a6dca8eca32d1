import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { idOf } from '../src/lib/db/ids'
import { isCompanyAdmin } from '../src/lib/access'
import { forbidden, notFound } from '../src/lib/http/errors'

type Parent = {
  field: string
  collection: CollectionSlug
  what: string
  /** Fields copied from the parent (always `company`; e.g. `owner` too, so access rules stay one SQL filter). */
  copy?: string[]
  /** When the parent has an owner, only they or a company ADMIN may add children to it. */
  ownerOnly?: boolean
}

/**
 * A child document (a variant of a model, a scene of a project) belongs to its parent's
 * company. The parent must be readable by the caller — otherwise it "does not exist" for them —
 * and the parent never changes after creation.
 */
export const companyFromParent =
  (parent: Parent): CollectionBeforeValidateHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!data) return data
    const copied = ['company', ...(parent.copy ?? [])]
    if (operation === 'update' && originalDoc) {
      data[parent.field] = idOf(originalDoc[parent.field])
      for (const field of copied) data[field] = idOf(originalDoc[field])
      return data
    }
    const parentId = idOf(data[parent.field])
    const found = parentId
      ? ((await req.payload.findByID({
          collection: parent.collection,
          id: parentId,
          depth: 0,
          req,
          disableErrors: true,
          ...(req.user ? { overrideAccess: false, user: req.user } : {}),
        })) as Record<string, unknown> | null)
      : null
    // Like any other company's document, a parent the caller cannot read does not exist for them.
    if (!found) throw notFound(parent.what)
    if (
      parent.ownerOnly &&
      req.user &&
      !isCompanyAdmin(req.user) &&
      idOf(found.owner) !== req.user.id
    ) {
      throw forbidden(
        `Only the ${parent.what.toLowerCase()}'s owner or a company ADMIN can change it.`,
      )
    }
    for (const field of copied) data[field] = idOf(found[field])
    return data
  }
