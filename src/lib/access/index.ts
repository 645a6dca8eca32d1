/**
 * Every access rule of the product lives in this folder, one per file. Rules return Payload
 * `Where` constraints where they can, so lists, counts and GraphQL are filtered in SQL; a
 * document outside the constraint is simply not found (404), never "forbidden" (which would
 * confirm it exists). Guards for custom endpoints (which throw) are in `guards/`, field-level
 * rules in `fields/`; relationship ids come from `src/lib/db/ids`.
 */
export { companyAdmins } from './companyAdmins'
export { companyAdminsCanCreate } from './companyAdminsCanCreate'
export { companyAdminsExceptSelf } from './companyAdminsExceptSelf'
export { companyCurated } from './companyCurated'
export { companyMembers } from './companyMembers'
export { companyMembersCanCreate } from './companyMembersCanCreate'
export { fieldAccess } from './fields'
export { assertOwnerOrCompanyAdmin } from './guards/assertOwnerOrCompanyAdmin'
export { ownCompanyFromRoute } from './guards/ownCompanyFromRoute'
export { readableOr404 } from './guards/readableOr404'
export { readableBy } from './readableBy'
export { mayChangeOwned } from './mayChangeOwned'
export { ownCompanyAdminsOrPlatformOperator } from './ownCompanyAdminsOrPlatformOperator'
export { ownCompanyOrPlatformOperator } from './ownCompanyOrPlatformOperator'
export { ownedDocuments } from './ownedDocuments'
export { ownerOrCompanyAdmin } from './ownerOrCompanyAdmin'
export { platformOperators } from './platformOperators'
export { nothing, sameCompany } from './sameCompany'
export { selfOrCompanyAdmins } from './selfOrCompanyAdmins'
export { selfOrCompanyMembers } from './selfOrCompanyMembers'
export { signedIn } from './signedIn'
export {
  companyIdOf,
  isCompanyAdmin,
  isPlatformOperator,
  type Role,
  type SessionUser,
} from './user'
