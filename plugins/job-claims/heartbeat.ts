import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { extendLeases } from './sql'

/**
 * Renews the leases of the jobs this process is running, three times per lease, so a job that
 * takes longer than the lease is not mistaken for one whose worker died. Unref'd: it never keeps
 * a process alive; stopped when Payload is destroyed.
 */
export function leaseHeartbeat(db: PostgresAdapter, owner: string, leaseMs: number) {
  let timer: NodeJS.Timeout | undefined
  const beat = async () => {
    try {
      await db.drizzle.execute(extendLeases(owner, leaseMs))
    } catch (error) {
      db.payload.logger.warn({ err: error, msg: 'Could not renew job leases' })
    }
  }
  return {
    start() {
      timer ??= setInterval(() => void beat(), Math.max(50, Math.floor(leaseMs / 3))).unref()
    },
    stop() {
      clearInterval(timer)
      timer = undefined
    },
  }
}
