import type { Access } from 'payload'

import { sameCompany } from './sameCompany'
import { isCompanyAdmin } from './user'

/** Users, delete: ADMINs remove their company's other users, never themselves. */
export const companyAdminsExceptSelf: Access = ({ req }) => {
  if (!req.user || !isCompanyAdmin(req.user)) return false
  return { and: [sameCompany(req.user), { id: { not_equals: req.user.id } }] }
}
