import type { CollectionSlug, PayloadRequest } from 'payload'

import { forbidden, notFound, unauthorized } from '../../http/errors'
import { isCompanyAdmin } from '../user'

/**
 * For custom endpoints: the document `id` of `collection` as the caller may read it, or 404.
 * `admin` additionally requires the ADMIN role (403), checked after existence so a foreign
 * document never answers anything but 404.
 */
export async function readableOr404<TSlug extends CollectionSlug>(
  req: PayloadRequest,
  collection: TSlug,
  id: string,
  options: { what: string; admin?: boolean; depth?: number },
) {
  if (!req.user) throw unauthorized()
  const doc = await req.payload.findByID({
    collection,
    id,
    depth: options.depth ?? 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!doc) throw notFound(options.what)
  if (options.admin && !isCompanyAdmin(req.user))
    throw forbidden('Only a company ADMIN can do this.')
  return doc
}
