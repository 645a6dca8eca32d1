import { sql } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { renumberScenes } from '../services/renumberScenes'
import { titlesFollowingNumbers } from '../services/sceneTitles'

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
  if (operation === 'update') {
    // The moved scene's generated title follows it too, unless this write gives it another.
    const titleFor = await titlesFollowingNumbers(req, projectId)
    const title = titleFor(originalDoc?.sceneTitle, originalDoc?.sceneNumber, data.sceneNumber)
    if (title && (data.sceneTitle === undefined || data.sceneTitle === originalDoc?.sceneTitle))
      data.sceneTitle = title
  }
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

/**
 * A scene's delete takes its project's lock right before the row goes (Payload's `deleteOne`),
 * not in a hook: between `beforeDelete` and the delete, Payload's REST route checks document locks
 * with a query outside the transaction, and a lock holder waiting for a pool connection while
 * the waiters hold them all would stall the app. Cascades (a project deleted whole) skip it.
 */
export function lockScenesOnDelete(payload: Payload) {
  const db = payload.db
  const deleteOne = db.deleteOne.bind(db)
  db.deleteOne = async (args) => {
    const req = args.req as PayloadRequest | undefined
    const id = (args.where as { id?: { equals?: number | string } } | undefined)?.id?.equals
    if (args.collection === 'scenes' && req && id !== undefined && !req.context?.cascadeDelete)
      await lockProjectOfScene(req, id)
    return deleteOne(args)
  }
}

/**
 * Every write to one scene by id takes its project's lock before Payload reads the scene, so an
 * edit and a renumbering (or two edits) of one project never interleave: each reads what the one
 * before it committed. For one field, the write that commits last wins (its `updatedAt` is the
 * latest); fields a write does not send are left as they are.
 */
export const lockBeforeWrite: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const id = (args as { id?: number | string }).id
  // Deletes lock in `lockScenesOnDelete`.
  if (operation !== 'update' || id === undefined || req.context?.renumbering) return args
  await lockProjectOfScene(req, id)
  return args
}

/** Takes the lock of the project the scene `id` belongs to (none for a scene that is gone). */
async function lockProjectOfScene(req: PayloadRequest, id: number | string) {
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
