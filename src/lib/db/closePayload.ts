import type { Payload } from 'payload'

type Pool = {
  end: () => Promise<void>
  ended?: boolean
  on: (event: 'error', listener: () => void) => void
}

/**
 * Payload's `destroy()` leaves the Postgres pool open, and the schema push keeps one client
 * checked out, so `pool.end()` can wait forever: give it a moment, then move on. Errors from
 * connections closed under it afterwards are expected.
 */
export async function closePayload(payload: Payload) {
  await payload.destroy()
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || pool.ended) return
  pool.on('error', () => {})
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())])
}
