import fs from 'node:fs'
import path from 'node:path'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { createTenant, payload } from '../helpers/fixtures'
import { createWorld, type Tenant, type World } from '../helpers/world'
import { type BadRequest, badInputCorpus } from './support/badInputs'
import { firstOf } from './support/probes'
import { reportSecurity } from './support/summary'

/**
 * The bad-input corpus (tests/security/support/badInputs.ts): malformed requests of every class
 * the issue lists, against Payload's routes, the seed documents' routes and GraphQL, as a
 * company ADMIN (the caller who gets furthest). Each must be refused with a 4xx that says why,
 * and leave every table's row count and every stored file exactly as they were.
 */

type Db = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
}
const db = () => payload.db as unknown as Db

let tenant: Tenant
let world: World
let countEveryTable: unknown

async function storedFiles(dir = process.env.MEDIA_DIR!): Promise<string[]> {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map(async (e) =>
      e.isDirectory() ? storedFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
    ),
  )
  return nested.flat().sort()
}

/** Row counts of every table and the list of stored files: what a refused request must not change. */
async function snapshot() {
  const { rows } = await db().drizzle.execute(countEveryTable)
  return JSON.stringify({ rows, files: await storedFiles() })
}

beforeAll(async () => {
  tenant = await createTenant('bad-input')
  world = await createWorld(tenant)
  const { rows } = await db().drizzle.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  // Sessions are rows too: none of these requests signs anyone in.
  countEveryTable = sql.raw(
    rows
      .map(
        (r) =>
          `SELECT '${String(r.table_name)}' AS t, count(*)::int AS n FROM "${String(r.table_name)}"`,
      )
      .join(' UNION ALL '),
  )
})

const problems: string[] = []
const serverErrors: string[] = []
const partialWrites: string[] = []
let sent = 0
const kinds = new Map<string, number>()

async function send(request: BadRequest) {
  if (request.graphql)
    return tenant.adminApi.graphqlRaw(request.raw!, request.headers?.['content-type'])
  const form = request.form ? await request.form() : undefined
  return tenant.adminApi.request(request.method, request.path, {
    json: request.json,
    raw: request.raw,
    form,
    headers: request.headers,
  })
}

describe('the bad-input corpus', { timeout: 600_000 }, () => {
  it('every malformed request gets a readable 4xx and changes nothing', async () => {
    const corpus = await badInputCorpus(world, tenant.company.id)
    for (const request of corpus) {
      const where = `${request.kind}: ${request.method} ${request.path.slice(0, 100)}`
      const before = await snapshot()
      const response = await send(request)
      sent++
      kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1)
      const text = await response.text()
      let body: { errors?: Array<{ message?: unknown }> } | null = null
      try {
        body = JSON.parse(text)
      } catch {
        body = null
      }
      const message = body?.errors?.[0]?.message
      if (response.status >= 500)
        serverErrors.push(`${where} → ${response.status} ${text.slice(0, 200)}`)
      else if (
        request.graphql ? !(response.status >= 400 || body?.errors?.length) : response.status < 400
      )
        problems.push(`${where} → ${response.status}, not refused: ${text.slice(0, 160)}`)
      else if (typeof message !== 'string' || message.trim().length < 3)
        problems.push(
          `${where} → ${response.status} without a readable message: ${text.slice(0, 160)}`,
        )
      if ((await snapshot()) !== before) partialWrites.push(where)
    }
    expect(corpus.length).toBeGreaterThanOrEqual(300)
    expect(serverErrors, firstOf(serverErrors)).toEqual([])
    expect(partialWrites, firstOf(partialWrites)).toEqual([])
    expect(problems, firstOf(problems, 60)).toEqual([])
    // Every class the issue names is in the corpus.
    for (const kind of [
      'wrong types',
      'missing fields',
      'unknown fields',
      '1 MB strings',
      'huge arrays',
      'invalid UUIDs',
      'bad durations',
      'NUL bytes',
      'path-traversal filenames',
      'MIME/extension mismatches',
      'ELF or EXE disguised as images',
      'SVG with script',
      'zip bombs',
      'PDF bombs',
      'truncated multipart bodies',
      'empty files',
      'declared Content-Length over the limit',
    ]) {
      expect(kinds.get(kind), kind).toBeGreaterThan(0)
    }
  })

  it('reports', (context) => {
    reportSecurity(context, 'bad inputs', {
      badInputs: sent,
      serverErrors: serverErrors.length,
      partialWrites: partialWrites.length,
    })
  })
})
