import type { Access } from 'payload'

import { sameCompany } from './sameCompany'
import { isCompanyAdmin } from './user'

/** Update/delete: ADMINs for the whole company, MEMBERs for what they own. */
export const ownerOrCompanyAdmin =
  (ownerField = 'owner'): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isCompanyAdmin(req.user)) return sameCompany(req.user)
    return { and: [sameCompany(req.user), { [ownerField]: { equals: req.user.id } }] }
  }
