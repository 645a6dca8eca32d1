import type { Access } from 'payload'

import { isCompanyAdmin } from './user'

/** Create: ADMINs (the company itself is set on the server). */
export const companyAdminsCanCreate: Access = ({ req }) => isCompanyAdmin(req.user)
