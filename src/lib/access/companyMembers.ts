import type { Access } from 'payload'

import { sameCompany } from './sameCompany'

/** Read: anyone of the document's company. */
export const companyMembers: Access = ({ req }) => (req.user ? sameCompany(req.user) : false)
