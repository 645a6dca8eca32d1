import type { Access } from 'payload'

import { sameCompany } from './sameCompany'
import { isCompanyAdmin } from './user'

/** Update/delete: ADMINs, and only inside their company. */
export const companyAdmins: Access = ({ req }) =>
  isCompanyAdmin(req.user) ? sameCompany(req.user) : false
