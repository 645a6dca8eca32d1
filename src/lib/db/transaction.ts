import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction on `req` (joins the caller's when there is one):
 * everything it writes lands together or not at all.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }

/**
 * Takes a Postgres advisory lock named `key` for the rest of `req`'s transaction (call inside
 * `inTransaction`): concurrent holders of the same key run one after another, across processes.
 */
export async function lockForTransaction(req: PayloadRequest, key: string) {
  const id = req.transactionID ? await req.transactionID : undefined
  const db = req.payload.db as unknown as {
    sessions: Record<string | number, { db: Executor } | undefined>
  }
  const session = id !== undefined ? db.sessions[id] : undefined
  if (!session)
    throw new Error('lockForTransaction needs a database transaction (use inTransaction).')
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`)
}
