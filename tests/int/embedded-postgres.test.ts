import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'
import { isAlive } from '../../src/lib/db/leftoverServer'

/**
 * The development database survives an interrupted `npm run dev`: a half-made cluster (killed
 * during initdb) and a server left running by a killed process do not stop the next start.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-embedded-'))
// The server runs as an unprivileged `postgres` user when we are root: it must reach the directory.
fs.chmodSync(root, 0o755)
const holders: ChildProcess[] = []
afterAll(async () => {
  // A holder still alive (a failed assertion) stops its server on SIGTERM.
  for (const child of holders.filter((c) => c.exitCode === null && c.signalCode === null)) {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
  fs.rmSync(root, { recursive: true, force: true })
})

// tsx as a loader, not its CLI (which runs the script in a child process of its own).
const tsxLoader = ['--import', 'tsx']

/** A separate process holding the cluster, as `npm run dev` does; resolves once it is up. */
function holder(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...tsxLoader, 'tests/helpers/holdPostgres.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  holders.push(child)
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\S+)/.exec(chunk.toString())
      if (match) resolve({ child, url: match[1]! })
    })
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)))
  })
}

const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])

async function answers(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query('SELECT 1 AS one')
  await client.end()
  return rows[0].one === 1
}

describe('embedded Postgres after an interrupted start', () => {
  it('sets aside a cluster whose initdb was interrupted and makes a new one', async () => {
    const dataDir = path.join(root, 'half-made')
    fs.mkdirSync(dataDir)
    fs.writeFileSync(path.join(dataDir, 'postgresql.conf'), '# initdb was killed here\n')
    const db = await startEmbeddedPostgres({ dataDir, persistent: true })
    try {
      expect(await answers(await db.createDatabase('app'))).toBe(true)
      expect(
        fs.readdirSync(root).filter((name) => name.startsWith('half-made.incomplete-')),
      ).toHaveLength(1)
    } finally {
      await db.stop()
    }
  })

  it('shares a server another live process uses; takes over one a killed process left running', async () => {
    const dataDir = path.join(root, 'left-running')
    const { child, url } = await holder(dataDir)
    const server = postmasterPid(dataDir)

    // `npm run seed` while `npm run dev` runs: the seed uses the same server and leaves it running.
    const seed = await startEmbeddedPostgres({ dataDir, persistent: true })
    expect(await answers(await seed.createDatabase('seed'))).toBe(true)
    await seed.stop()
    expect(await answers(url)).toBe(true)

    // `npm run dev` killed with -9: its server lives on; the next start takes it over and stops it.
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(isAlive(server)).toBe(true)
    const next = await startEmbeddedPostgres({ dataDir, persistent: true })
    expect(await answers(await next.createDatabase('app'))).toBe(true)
    await next.stop()
    expect(isAlive(server)).toBe(false)
  })
})
