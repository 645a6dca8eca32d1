import type { PayloadRequest } from 'payload'

import { forbidden, notFound, unauthorized } from '../../http/errors'
import { companyIdOf, isCompanyAdmin } from '../user'

/**
 * For custom endpoints under `/companies/:id/…`: the route's company must be the caller's
 * own (anything else is 404, existence included); `admin` additionally requires the ADMIN role.
 */
export async function ownCompanyFromRoute(req: PayloadRequest, options: { admin: boolean }) {
  if (!req.user) throw unauthorized()
  const id = req.routeParams?.id
  if (typeof id !== 'string' || id !== companyIdOf(req.user)) throw notFound('Company')
  const company = await req.payload.findByID({
    collection: 'companies',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  })
  if (!company) throw notFound('Company')
  if (options.admin && !isCompanyAdmin(req.user))
    throw forbidden('Only a company ADMIN can do this.')
  return company
}
