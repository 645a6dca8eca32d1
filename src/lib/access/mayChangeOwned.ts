import { idOf } from '../db/ids'
import { isCompanyAdmin, type SessionUser } from './user'

/**
 * The document-level form of `ownerOrCompanyAdmin`, for a document already loaded (an endpoint,
 * or a page deciding whether to show edit controls).
 */
export const mayChangeOwned = (user: SessionUser, doc: { owner?: unknown }): boolean =>
  Boolean(user && (isCompanyAdmin(user) || idOf(doc.owner) === user.id))
