import type {
  Access,
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { notFoundForUnreadable } from '../hooks/notFoundForUnreadable'
import { nothing, sameCompany } from '../../../src/lib/access'
import { readableBy } from '../../../src/lib/access/readableBy'
import { isCollectionSlug } from '../../../src/lib/db/collectionSlugs'
import { notFound } from '../../../src/lib/http/errors'

/**
 * `payload-locked-documents` (added by Payload after the plugins run, with "any signed-in user"
 * access): a lock is as private as the document it locks. Locks are seen, changed and removed
 * only within the locking user's company; a new lock must name a document its author can read
 * (else 404), and is always in its author's name. Locks are not duplicated.
 */
export function makeLocksPrivate(locks: SanitizedCollectionConfig) {
  locks.access = {
    ...locks.access,
    read: sameCompanyLocks,
    update: sameCompanyLocks,
    delete: sameCompanyLocks,
    create: signedIn,
  }
  locks.hooks.beforeOperation = [
    notFoundForUnreadable,
    lockOnReadableDocument,
    ...(locks.hooks.beforeOperation ?? []),
  ]
  // A copy of a lock is meaningless (and Payload's route would answer 403 where 404 is due).
  locks.endpoints = (locks.endpoints || []).filter((endpoint) => endpoint.path !== '/:id/duplicate')
}

const signedIn: Access = ({ req }) => Boolean(req.user)

const sameCompanyLocks: Access = async ({ req }) => {
  if (!req.user) return false
  const userIds = await companyUserIds(req)
  if (userIds.length === 0) return nothing()
  return { and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { in: userIds } }] }
}

async function companyUserIds(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: sameCompany(req.user),
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  return docs.map((user) => String(user.id))
}

const lockOnReadableDocument: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { data, overrideAccess } = args as {
    data?: Record<string, unknown>
    overrideAccess?: boolean
  }
  if (
    (operation !== 'create' && operation !== 'update') ||
    !data ||
    overrideAccess === true ||
    !req.user
  )
    return args
  const document = data.document as { relationTo?: string; value?: unknown } | undefined
  if (document) {
    const id =
      typeof document.value === 'object' && document.value
        ? (document.value as { id?: unknown }).id
        : document.value
    const slug = document.relationTo
    const named =
      typeof slug === 'string' &&
      isCollectionSlug(req.payload, slug) &&
      (typeof id === 'string' || typeof id === 'number')
    if (!named || !(await readableBy(req, slug, id))) throw notFound('Document')
  }
  if (operation === 'create' || 'user' in data)
    data.user = { relationTo: req.user.collection, value: req.user.id }
  return args
}
