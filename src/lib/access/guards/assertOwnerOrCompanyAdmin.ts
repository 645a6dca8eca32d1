import { forbidden, unauthorized } from '../../http/errors'
import { mayChangeOwned } from '../mayChangeOwned'
import type { SessionUser } from '../user'

/** `mayChangeOwned` for endpoints: 401 without a session, 403 for someone else's document. */
export function assertOwnerOrCompanyAdmin(
  user: SessionUser,
  doc: { owner?: unknown },
  what: string,
) {
  if (!user) throw unauthorized()
  if (!mayChangeOwned(user, doc)) {
    throw forbidden(`Only the ${what.toLowerCase()}'s owner or a company ADMIN can change it.`)
  }
}
