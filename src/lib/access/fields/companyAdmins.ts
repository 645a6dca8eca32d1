import type { FieldAccess } from 'payload'

import { isCompanyAdmin } from '../user'

export const companyAdminsOnly: FieldAccess = ({ req }) => isCompanyAdmin(req.user)
