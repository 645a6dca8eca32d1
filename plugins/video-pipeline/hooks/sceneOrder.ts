import { sql } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { renumberScenes } from '../services/renumberScenes'

type Executor = { execute: (query: unknown) => Promise<unknown> }

/**
 * Scene numbers of one project change one transaction at a time: a transaction-scoped advisory
 * lock per project, taken before the first write. Concurrent creates, deletes and moves on one
 * project queue up instead of numbering two scenes alike or deadlocking in the renumbering.
 */
export async function lockSceneOrder(req: PayloadRequest, projectId: string) {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session =
    transactionID !== undefined
      ? (req.payload.db as unknown as { sessions: Record<string, { db: Executor }> }).sessions[
          transactionID
        ]
      : undefined
  // Without a transaction there is nothing to hold the lock for (system writes in order).
  if (!session) return
  await session.db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${`scene-order:${projectId}`}))`,
  )
}

/**
 * Whoever writes a scene (REST, GraphQL, the seed's routes, jobs), numbers stay 1…n: a new scene
 * is appended unless it asks for a place inside the list; a changed number moves the scene there.
 */
export const orderOnWrite: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const projectId = idOf(data.project ?? originalDoc?.project)
  if (!projectId || req.context?.renumbering) return data
  if (
    operation === 'update' &&
    (data.sceneNumber === undefined || data.sceneNumber === originalDoc?.sceneNumber)
  )
    return data
  await lockSceneOrder(req, projectId)
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'scenes',
      where: { project: { equals: projectId } },
      req,
    })
    if (!data.sceneNumber || data.sceneNumber > totalDocs) data.sceneNumber = totalDocs + 1
  }
  return data
}

/** The others make room (or close the gap), in the same transaction, under the same lock. */
export const renumberAfterWrite: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (
    req.context?.renumbering ||
    (operation === 'update' && previousDoc?.sceneNumber === doc.sceneNumber)
  )
    return doc
  await renumberScenes(req, idOf(doc.project)!, {
    sceneId: String(doc.id),
    position: doc.sceneNumber,
  })
  return doc
}

export const lockBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (req.context?.cascadeDelete) return
  const scene = await req.payload.findByID({
    collection: 'scenes',
    id,
    depth: 0,
    req,
    disableErrors: true,
    select: { project: true },
  })
  const projectId = idOf(scene?.project)
  if (projectId) await lockSceneOrder(req, projectId)
}
