import type { Access } from 'payload'

import { companyIdOf } from './user'

/** Create: any member of a company (the company itself is set on the server). */
export const companyMembersCanCreate: Access = ({ req }) => Boolean(companyIdOf(req.user))
