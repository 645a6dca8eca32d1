import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * An idle pooled connection that the server closes (Postgres restarted, or stopped before the
 * app on Ctrl-C) makes the pool emit `error`; with no listener that is an uncaught exception that
 * ends the server. Log it instead: the pool opens a fresh connection for the next query.
 */
export function logClosedConnections(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', (error) =>
    payload.logger.warn(`A database connection was closed by the server: ${error.message}`),
  )
}
