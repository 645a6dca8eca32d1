import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, inject } from 'vitest'

/** Runs before each test file: a fresh database cloned from the template, and an empty media directory. */
const adminUrl = inject('postgresUrl')
const template = inject('templateDatabase')
const name = `test_${randomUUID().replace(/-/g, '')}`

const client = new pg.Client({ connectionString: adminUrl })
await client.connect()
await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
await client.end()

const url = new URL(adminUrl)
url.pathname = `/${name}`
process.env.DATABASE_URL = url.toString()

// Local-disk storage goes to a directory of this file's own.
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-media-'))
process.env.MEDIA_DIR = mediaDir
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }))
