import type { CollectionBeforeOperationHook } from 'payload'

import { readableBy } from '../../../src/lib/access/readableBy'
import { isCollectionSlug } from '../../../src/lib/db/collectionSlugs'
import { notFound } from '../../../src/lib/http/errors'

/**
 * Payload answers 403 when a signed-in user updates or deletes a document by id that exists
 * but lies outside their access constraint, and 404 when it does not exist: the difference
 * would confirm that another company's id exists. A document the caller cannot even read is
 * therefore "not found"; one they can read but not change still gets Payload's 403.
 * Creates from clients lose any `id` they send, for the same reason.
 */
export const notFoundForUnreadable: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation === 'create') {
    // Ids are the server's to choose (the adapter allows preset ids for uploads' object keys):
    // a client-chosen id could probe for existing documents of other companies.
    const { data, overrideAccess } = args as {
      data?: Record<string, unknown>
      overrideAccess?: boolean
    }
    if (data && 'id' in data && overrideAccess !== true) delete data.id
    return args
  }
  if (operation !== 'update' && operation !== 'delete') return args
  const { id, overrideAccess } = args as { id?: string; overrideAccess?: boolean }
  if (!id || overrideAccess === true || !req.user) return args
  if (
    !isCollectionSlug(req.payload, collection.slug) ||
    !(await readableBy(req, collection.slug, id))
  )
    throw notFound()
  return args
}
