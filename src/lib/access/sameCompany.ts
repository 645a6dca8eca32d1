import type { Where } from 'payload'

import { companyIdOf, type SessionUser } from './user'

/**
 * Matches nothing (no document lacks an id): a signed-in user without a company sees nothing.
 * A function, not a shared constant: Payload may rewrite a query's `where` in place.
 */
export const nothing = (): Where => ({ id: { exists: false } })

/** The user's company's documents, filtered in SQL. */
export const sameCompany = (user: SessionUser, field = 'company'): Where => {
  const companyId = companyIdOf(user)
  return companyId ? { [field]: { equals: companyId } } : nothing()
}
