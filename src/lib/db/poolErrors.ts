import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * A connection the server closes (Postgres restarted, stopped before the app on Ctrl-C, or an
 * administrator's `pg_terminate_backend`) emits `error` — on the pool when it was idle, on the
 * client when a query or transaction held it (a worker's job, mid-way); with no listener that is
 * an uncaught exception that ends the server or the worker. Log it instead: the pool opens a
 * fresh connection for the next query, and the operation that held it fails like any database
 * error (a job is retried).
 */
export function logClosedConnections(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  const warn = (error: Error) =>
    payload.logger.warn(`A database connection was closed by the server: ${error.message}`)
  pool?.on('error', warn)
  pool?.on('connect', (client) => client.on('error', warn))
}
