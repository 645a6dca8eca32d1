import { describe, expect, it } from 'vitest'

import { payload } from '../helpers/fixtures'

/**
 * Postgres closing the app's idle connections (a restart, or the database stopped before the app
 * on Ctrl-C) must not end the process: vitest fails the run on the uncaught exception it would be.
 */
describe('the database closing idle connections', () => {
  it('leaves the app serving: the next query opens a new connection', async () => {
    // Fill the pool with idle connections, then have the server end every one of them.
    await Promise.all(Array.from({ length: 4 }, () => payload.count({ collection: 'companies' })))
    const { pool } = payload.db as unknown as { pool: import('pg').Pool }
    expect(pool.idleCount).toBeGreaterThan(0)
    const killer = await pool.connect()
    const ended = await killer.query(
      'select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and usename = current_user) t',
    )
    killer.release()
    expect(ended.rows[0].n).toBeGreaterThan(0)
    // Let the pool see its connections close.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const { totalDocs } = await payload.count({ collection: 'companies' })
    expect(totalDocs).toBeGreaterThanOrEqual(0)
  })
})
