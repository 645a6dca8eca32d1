import type { Access } from 'payload'

import { sameCompany } from './sameCompany'

/** Users, read: yourself and your company's people. */
export const selfOrCompanyMembers: Access = ({ req }) => {
  if (!req.user) return false
  return { or: [{ id: { equals: req.user.id } }, sameCompany(req.user)] }
}
