import { companyAdminsOnly } from './companyAdmins'
import { nobody } from './nobody'
import { platformOperatorsOnly } from './platformOperators'
import { selfOrPlatformOperator } from './selfOrPlatformOperator'

/** Field-level rules, one per file. */
export const fieldAccess = {
  companyAdmins: companyAdminsOnly,
  platformOperators: platformOperatorsOnly,
  selfOrPlatformOperator,
  nobody,
}
