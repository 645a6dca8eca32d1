import { companyMembers } from './companyMembers'
import { companyMembersCanCreate } from './companyMembersCanCreate'
import { ownerOrCompanyAdmin } from './ownerOrCompanyAdmin'

/** Documents owned by a user inside a company (projects and what hangs off them). */
export const ownedDocuments = {
  read: companyMembers,
  create: companyMembersCanCreate,
  update: ownerOrCompanyAdmin(),
  delete: ownerOrCompanyAdmin(),
}
