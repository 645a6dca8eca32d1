import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { forbidden, notFound, unauthorized } from './http/errors'

/**
 * Every access rule of the product lives here. Rules return Payload `Where` constraints
 * where they can, so lists, counts and GraphQL are filtered in SQL; a document outside the
 * constraint is simply not found (404), never "forbidden" (which would confirm it exists).
 */

export type Role = 'ADMIN' | 'MEMBER'

type SessionUser = {
  id: string
  collection?: string
  company?: string | { id: string } | null
  role?: Role | null
  isPlatformOperator?: boolean | null
}

const asUser = (user: unknown): SessionUser | null =>
  user && typeof user === 'object' && 'id' in user ? (user as SessionUser) : null

/** A relationship may arrive as an id or, when populated, as the document. */
export const idOf = (value: unknown): string | null => {
  if (!value) return null
  if (typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

export const companyIdOf = (user: unknown): string | null => idOf(asUser(user)?.company)

export const isPlatformOperator = (user: unknown): boolean => Boolean(asUser(user)?.isPlatformOperator)

export const isCompanyAdmin = (user: unknown): boolean => {
  const u = asUser(user)
  return Boolean(u && u.role === 'ADMIN' && companyIdOf(u))
}

/** Matches nothing: used when a signed-in user has no company. */
const nothing: Where = { id: { exists: false } }

export const sameCompany = (user: unknown, field = 'company'): Where => {
  const companyId = companyIdOf(user)
  return companyId ? { [field]: { equals: companyId } } : nothing
}

export const signedIn: Access = ({ req }) => Boolean(req.user)

export const platformOperators: Access = ({ req }) => isPlatformOperator(req.user)

/** Read: anyone of the document's company. */
export const companyMembers: Access = ({ req }) => (req.user ? sameCompany(req.user) : false)

/** Create: ADMINs (the company itself is set on the server). */
export const companyAdminsCanCreate: Access = ({ req }) => isCompanyAdmin(req.user)

/** Update/delete: ADMINs, and only inside their company. */
export const companyAdmins: Access = ({ req }) =>
  isCompanyAdmin(req.user) ? sameCompany(req.user) : false

/** Create: any member of a company. */
export const companyMembersCanCreate: Access = ({ req }) => Boolean(companyIdOf(req.user))

/** Update/delete: ADMINs for the whole company, MEMBERs for what they own. */
export const ownerOrCompanyAdmin =
  (ownerField = 'owner'): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isCompanyAdmin(req.user)) return sameCompany(req.user)
    return { and: [sameCompany(req.user), { [ownerField]: { equals: req.user.id } }] }
  }

export const companies = {
  /** A user sees their own company; the platform operator sees the list of companies. */
  read: (({ req }) => {
    if (!req.user) return false
    if (isPlatformOperator(req.user)) return true
    const companyId = companyIdOf(req.user)
    return companyId ? { id: { equals: companyId } } : false
  }) satisfies Access,
  update: (({ req }) => {
    if (isPlatformOperator(req.user)) return true
    const companyId = companyIdOf(req.user)
    return isCompanyAdmin(req.user) && companyId ? { id: { equals: companyId } } : false
  }) satisfies Access,
}

export const users = {
  read: (({ req }): Where | false => {
    if (!req.user) return false
    return { or: [{ id: { equals: req.user.id } }, sameCompany(req.user)] }
  }) satisfies Access,
  /** ADMINs manage their company's users; everybody may edit their own profile. */
  update: (({ req }): Where | false => {
    if (!req.user) return false
    if (isCompanyAdmin(req.user)) return { or: [{ id: { equals: req.user.id } }, sameCompany(req.user)] }
    return { id: { equals: req.user.id } }
  }) satisfies Access,
  delete: (({ req }): Where | false => {
    if (!isCompanyAdmin(req.user)) return false
    return { and: [sameCompany(req.user), { id: { not_equals: req.user!.id } }] }
  }) satisfies Access,
  /** Accounts locked by failed logins: their company's ADMINs may unlock them. */
  unlock: (({ req }): Where | false => (isCompanyAdmin(req.user) ? sameCompany(req.user) : false)) satisfies Access,
}

export const fieldAccess = {
  companyAdmins: (({ req }) => isCompanyAdmin(req.user)) satisfies FieldAccess,
  platformOperators: (({ req }) => isPlatformOperator(req.user)) satisfies FieldAccess,
  selfOrPlatformOperator: (({ req, doc }) =>
    isPlatformOperator(req.user) || (Boolean(req.user) && idOf(doc) === req.user?.id)) satisfies FieldAccess,
  nobody: (() => false) satisfies FieldAccess,
}


/**
 * For custom endpoints under `/companies/:id/…`: the route's company must be the caller's
 * own (anything else is 404, existence included); `admin` additionally requires the ADMIN role.
 */
export async function ownCompanyFromRoute(
  req: PayloadRequest,
  options: { admin: boolean },
): Promise<{ id: string; name: string }> {
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
  if (options.admin && !isCompanyAdmin(req.user)) throw forbidden('Only a company ADMIN can do this.')
  return company as { id: string; name: string }
}

/**
 * For custom endpoints: the document `id` of `collection` as the caller may read it, or 404.
 * `admin` additionally requires the ADMIN role (403), checked after existence so a foreign
 * document never answers anything but 404.
 */
export async function readableOr404<T = Record<string, unknown>>(
  req: PayloadRequest,
  collection: string,
  id: string,
  options: { what: string; admin?: boolean; depth?: number },
): Promise<T & { id: string }> {
  if (!req.user) throw unauthorized()
  const doc = await req.payload.findByID({
    collection: collection as 'companies',
    id,
    depth: options.depth ?? 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!doc) throw notFound(options.what)
  if (options.admin && !isCompanyAdmin(req.user)) throw forbidden(`Only a company ADMIN can do this.`)
  return doc as unknown as T & { id: string }
}

/** The document-level form of `ownerOrCompanyAdmin` (e.g. for pages deciding whether to show edit controls). */
export const mayChangeOwned = (user: unknown, doc: { owner?: unknown }): boolean => {
  const u = asUser(user)
  return Boolean(u && (isCompanyAdmin(u) || idOf(doc.owner) === u.id))
}

/** The document-level form of `ownerOrCompanyAdmin`, for endpoints that already loaded the document. */
export function assertOwnerOrCompanyAdmin(user: unknown, doc: { owner?: unknown }, what: string) {
  const u = asUser(user)
  if (!u) throw unauthorized()
  if (!mayChangeOwned(u, doc)) {
    throw forbidden(`Only the ${what.toLowerCase()}'s owner or a company ADMIN can change it.`)
  }
}

/** Documents owned by a user inside a company (projects and what hangs off them). */
export const ownedDocuments = {
  read: companyMembers,
  create: companyMembersCanCreate,
  update: ownerOrCompanyAdmin(),
  delete: ownerOrCompanyAdmin(),
}
