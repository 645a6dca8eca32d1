import fs from 'node:fs'

import { settings } from '../settings'

type QueryLogger = { logQuery: (query: string, params: unknown[]) => void }

/**
 * The database adapter's query logger for benchmarks: with `DB_QUERY_COUNT_FILE` set, the number
 * of SQL statements run so far is kept in that file (written at most every 50 ms), so a bench can
 * count the queries of requests served by another process. Unset (always, outside benchmarks),
 * the adapter gets no logger at all.
 */
export function queryCountLogger(file = settings().DB_QUERY_COUNT_FILE): QueryLogger | undefined {
  if (!file) return undefined
  let count = 0
  let pending: NodeJS.Timeout | undefined
  return {
    logQuery() {
      count++
      pending ??= setTimeout(() => {
        pending = undefined
        fs.writeFileSync(file, String(count))
      }, 50)
    },
  }
}
