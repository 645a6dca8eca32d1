import type { Access, Where } from 'payload'

import { sameCompany } from './sameCompany'
import { isCompanyAdmin } from './user'

/** Users, update: ADMINs manage their company's users; everybody may edit their own profile. */
export const selfOrCompanyAdmins: Access = ({ req }): Where | false => {
  if (!req.user) return false
  if (isCompanyAdmin(req.user))
    return { or: [{ id: { equals: req.user.id } }, sameCompany(req.user)] }
  return { id: { equals: req.user.id } }
}
