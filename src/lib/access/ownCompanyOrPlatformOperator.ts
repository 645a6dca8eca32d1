import type { Access } from 'payload'

import { companyIdOf, isPlatformOperator } from './user'

/** Companies, read: a user sees their own company; the platform operator sees the list of companies. */
export const ownCompanyOrPlatformOperator: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformOperator(req.user)) return true
  const companyId = companyIdOf(req.user)
  return companyId ? { id: { equals: companyId } } : false
}
