import fs from 'node:fs'
import path from 'node:path'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import { createTenant, payload } from '../helpers/fixtures'
import { createWorld, type Tenant, type World } from '../helpers/world'
import { type BadRequest, badInputCorpus } from './support/badInputs'
import { reportSecurity } from './support/summary'

/**
 * The bad-input corpus (tests/security/support/badInputs.ts): malformed requests of every class
 * the issue lists, against Payload's routes, the seed documents' routes and GraphQL, as a
 * company ADMIN (the caller who gets furthest). Each must be refused with a 4xx that says why,
 * and leave every table (row count and content hash) and every stored file exactly as they were.
 */

type Db = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
}
const db = () => payload.db as unknown as Db

let tenant: Tenant
let world: World
let fingerprintEveryTable: unknown

async function storedFiles(dir = process.env.MEDIA_DIR!): Promise<string[]> {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map(async (e) =>
      e.isDirectory() ? storedFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
    ),
  )
  return nested.flat().sort()
}

type Snapshot = Map<string, string>

/**
 * Every table's row count and content hash, and every stored file: what a refused request must
 * not change (a count alone would miss a refused PATCH that still wrote half of its fields).
 */
async function snapshot(): Promise<Snapshot> {
  const { rows } = await db().drizzle.execute(fingerprintEveryTable)
  const state: Snapshot = new Map(rows.map((r) => [`table ${r.t}`, `${r.n} rows, ${r.h}`]))
  for (const file of await storedFiles()) state.set(`file ${file}`, 'stored')
  return state
}

const changes = (before: Snapshot, after: Snapshot) =>
  [...new Set([...before.keys(), ...after.keys()])]
    .filter((key) => before.get(key) !== after.get(key))
    .map((key) => `${key}: ${before.get(key) ?? 'absent'} → ${after.get(key) ?? 'absent'}`)

beforeAll(async () => {
  tenant = await createTenant('bad-input')
  world = await createWorld(tenant)
  const { rows } = await db().drizzle.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  // Sessions are rows too: none of these requests signs anyone in.
  fingerprintEveryTable = sql.raw(
    rows
      .map(({ table_name: name }) => {
        const table = `"${String(name)}"`
        return `SELECT '${String(name)}' AS t, count(*)::int AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM ${table} x`
      })
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

const describeRequest = (request: BadRequest) =>
  `${request.kind}: ${request.method} ${request.path.slice(0, 100)}${request.json ? ` ${JSON.stringify(request.json).slice(0, 140)}` : ''}`

/** Sends one request and records what is wrong with its answer. */
async function refuse(request: BadRequest) {
  const where = describeRequest(request)
  let response: Response
  try {
    response = await send(request)
  } catch (error) {
    serverErrors.push(`${where} → threw ${(error as Error).message}`)
    return
  }
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
    problems.push(`${where} → ${response.status} without a readable message: ${text.slice(0, 160)}`)
}

// Requests go out in small concurrent batches, the database and storage fingerprinted around
// each batch; a batch that changed anything is replayed one request at a time to name the culprit.
const BATCH = 8

describe('the bad-input corpus', { timeout: 600_000 }, () => {
  it('every malformed request gets a readable 4xx and changes nothing', async () => {
    const corpus = await badInputCorpus(world, tenant.company.id)
    for (let at = 0; at < corpus.length; at += BATCH) {
      const batch = corpus.slice(at, at + BATCH)
      const before = await snapshot()
      await Promise.all(batch.map(refuse))
      const changed = changes(before, await snapshot())
      if (changed.length === 0) continue
      for (const request of batch) {
        const alone = await snapshot()
        await send(request)
          .then((r) => r.text())
          .catch(() => undefined)
        const written = changes(alone, await snapshot())
        if (written.length) partialWrites.push(`${describeRequest(request)}: ${written.join('; ')}`)
      }
      if (!partialWrites.length) partialWrites.push(`batch at ${at}: ${changed.join('; ')}`)
    }
    expect(corpus.length).toBeGreaterThanOrEqual(300)
    // One assertion, so a failing run names every kind of problem at once.
    expect({
      serverErrors: serverErrors.slice(0, 25),
      partialWrites: partialWrites.slice(0, 25),
      problems: problems.slice(0, 60),
    }).toEqual({ serverErrors: [], partialWrites: [], problems: [] })
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
