import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { idOf } from '../src/lib/db/ids'
import { conflict } from '../src/lib/http/errors'

/** A company without an ADMIN could never manage its users again. */
async function assertAnotherAdmin(
  req: PayloadRequest,
  user: { id: string; role?: unknown; company?: unknown },
) {
  const companyId = idOf(user.company)
  if (user.role !== 'ADMIN' || !companyId) return
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: {
      company: { equals: companyId },
      role: { equals: 'ADMIN' },
      inviteStatus: { equals: 'ACTIVE' },
      id: { not_equals: user.id },
    },
    req,
  })
  if (totalDocs === 0) throw conflict('A company must keep at least one ADMIN.')
}

export const keepOneAdminOnDemotion: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc && data.role && data.role !== originalDoc.role) {
    await assertAnotherAdmin(req, originalDoc)
  }
  return data
}

export const keepOneAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (user) await assertAnotherAdmin(req, user)
}
