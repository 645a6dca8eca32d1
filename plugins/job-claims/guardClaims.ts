import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest, UpdateJobsArgs } from 'payload'

import { leaseHeartbeat } from './heartbeat'
import { lockClaims, processingState, releaseExpiredLeases, takeLeases } from './sql'

type Executor = {
  execute: (
    query: SQL,
  ) => Promise<{ rows: Array<Record<string, unknown>>; rowCount: number | null }>
}
type JobsRequest = Partial<PayloadRequest>

/**
 * Payload 3.90 claims jobs with find-then-update (`updateJobs` with `processing: true`), so two
 * workers polling together can take the same job. Here every claim runs inside its transaction
 * after `pg_advisory_xact_lock`: claims are serialised and each one sees the previous one's
 * committed `processing = true`. A worker that dies loses its connection, hence the lock, and its
 * jobs come back when their lease expires.
 */
export function guardClaims(payload: Payload, leaseMs: number, maxReleases: number) {
  if (payload.db.name !== 'postgres')
    throw new Error('jobClaimsPlugin needs @payloadcms/db-postgres.')
  const db = payload.db as unknown as PostgresAdapter
  const original = db.updateJobs.bind(db)
  const owner = randomUUID()
  const heartbeat = leaseHeartbeat(db, owner, leaseMs)

  db.updateJobs = async (args: UpdateJobsArgs) => {
    if (args.data?.processing !== true) return original(args)
    return withClaimLock(db, args.req, async (tx, req) => {
      const released = await tx.execute(releaseExpiredLeases(maxReleases))
      for (const row of released.rows) {
        payload.logger.warn(
          row.has_error
            ? `Job ${row.id} failed: it lost its worker more than ${maxReleases} times.`
            : `Job ${row.id} lost its worker (lease expired); queued again.`,
        )
      }
      // `jobs.runByID` claims by id without Payload checking that nobody runs the job already.
      if (
        args.id !== undefined &&
        (await tx.execute(processingState(args.id))).rows[0]?.processing === true
      )
        return []
      const jobs = (await original({ ...args, req, returning: true } as UpdateJobsArgs)) ?? []
      if (jobs.length > 0) {
        await tx.execute(
          takeLeases(
            jobs.map((job) => job.id),
            owner,
            leaseMs,
          ),
        )
        heartbeat.start()
      }
      return args.returning === false ? null : jobs
    })
  }

  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    heartbeat.stop()
    await destroy()
  }
}

async function withClaimLock<T>(
  db: PostgresAdapter,
  req: JobsRequest | undefined,
  claim: (tx: Executor, req: JobsRequest) => Promise<T>,
): Promise<T> {
  const existing = req?.transactionID ? await req.transactionID : undefined
  const session = existing !== undefined ? db.sessions[existing] : undefined
  if (session) {
    const tx = session.db as unknown as Executor
    await tx.execute(lockClaims())
    return claim(tx, req!)
  }
  // Payload normally opens the transaction; without one, open ours so the lock lasts until commit.
  const transactionID = await db.beginTransaction()
  if (transactionID === null) throw new Error('Claiming jobs safely needs database transactions.')
  try {
    const tx = db.sessions[transactionID]!.db as unknown as Executor
    await tx.execute(lockClaims())
    const result = await claim(tx, { ...req, transactionID })
    await db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await db.rollbackTransaction(transactionID)
    throw error
  }
}
