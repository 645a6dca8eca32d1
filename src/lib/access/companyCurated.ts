import { companyAdmins } from './companyAdmins'
import { companyAdminsCanCreate } from './companyAdminsCanCreate'
import { companyMembers } from './companyMembers'

/** A company's curated data (brand assets and guidelines, the car catalogue): members read, ADMINs write. */
export const companyCurated = {
  read: companyMembers,
  create: companyAdminsCanCreate,
  update: companyAdmins,
  delete: companyAdmins,
}
