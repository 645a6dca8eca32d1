/**
 * Load measurement for bench/api.ts: SQL statements per request (through the database adapter's
 * logger, see src/lib/db/queryCount.ts) and autocannon at a number of connections.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

export type Target = {
  name: string
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  /** A fixed body, or one per request (`i` counts requests). */
  body?: string | ((i: number) => string)
  headers?: Record<string, string>
}

export type LoadResult = {
  name: string
  queries: number
  rps: number
  p50: number
  p99: number
  errors: number
}

const send = async (base: string, target: Target, i: number) => {
  const body = typeof target.body === 'function' ? target.body(i) : target.body
  const response = await fetch(`${base}${target.path}`, {
    method: target.method,
    headers: target.headers,
    body,
  })
  const text = await response.text()
  if (response.status >= 300)
    throw new Error(
      `${target.method} ${target.path} answered ${response.status}: ${text.slice(0, 300)}`,
    )
  if (target.path === '/api/graphql' && text.includes('"errors"'))
    throw new Error(`GraphQL errors: ${text.slice(0, 300)}`)
}

/** Statements counted so far by the server (the file is written at most every 50 ms). */
async function queriesSoFar(countFile: string) {
  await sleep(120)
  return fs.existsSync(countFile) ? Number(fs.readFileSync(countFile, 'utf8')) : 0
}

/** Warms `target` up, counts its SQL statements per request one at a time, then loads it. */
export async function measureTarget(
  base: string,
  target: Target,
  options: { countFile: string; connections: number; seconds: number; sequential?: number },
): Promise<LoadResult> {
  const sequential = options.sequential ?? 10
  for (let i = 0; i < 5; i++) await send(base, target, i)
  const before = await queriesSoFar(options.countFile)
  for (let i = 0; i < sequential; i++) await send(base, target, 100 + i)
  const queries = ((await queriesSoFar(options.countFile)) - before) / sequential
  let counter = 1000
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: target.method,
        path: target.path,
        headers: target.headers,
        setupRequest: (request) => ({
          ...request,
          body: typeof target.body === 'function' ? target.body(counter++) : target.body,
        }),
      },
    ],
  })
  return {
    name: target.name,
    queries: Math.round(queries * 10) / 10,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  }
}
