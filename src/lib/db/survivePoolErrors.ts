import type { Payload } from 'payload'

type Listener = (error: Error) => void
type Client = { on: (event: 'error', listener: Listener) => void }
type Pool = {
  on: ((event: 'error', listener: Listener) => void) &
    ((event: 'connect', listener: (client: Client) => void) => void)
}

/**
 * A connection the database closes (a restart, a failover, an administrator's
 * `pg_terminate_backend`) emits 'error' — on the pool when it was idle, on the client when a
 * query or transaction held it — and with no listener Node ends the process: the web server, or
 * a worker in the middle of its jobs. Logged instead: the pool drops that connection and opens a
 * new one on the next query, and the operation that held it fails like any database error (a job
 * is retried).
 */
export function survivePoolErrors(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return
  const warn: Listener = (error) =>
    payload.logger.warn({ err: error, msg: 'A database connection was closed; reconnecting.' })
  pool.on('error', warn)
  pool.on('connect', (client) => client.on('error', warn))
}
