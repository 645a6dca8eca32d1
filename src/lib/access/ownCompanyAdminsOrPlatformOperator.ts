import type { Access } from 'payload'

import { companyIdOf, isCompanyAdmin, isPlatformOperator } from './user'

/** Companies, update: the company's own ADMINs, and the platform operator. */
export const ownCompanyAdminsOrPlatformOperator: Access = ({ req }) => {
  if (isPlatformOperator(req.user)) return true
  const companyId = companyIdOf(req.user)
  return isCompanyAdmin(req.user) && companyId ? { id: { equals: companyId } } : false
}
