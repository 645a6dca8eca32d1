import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

/**
 * The committed migrations must build exactly the schema the config describes (the template
 * database of this run was built by Payload's schema push from the same config).
 */
const adminUrl = inject('postgresUrl')
const template = inject('templateDatabase')
const name = `migrations_${randomUUID().replace(/-/g, '')}`
const urlFor = (database: string) =>
  Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString()

const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE "${name}"`)
await admin.end()
process.env.DATABASE_URL = urlFor(name)

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { migrations } = await import('../../src/migrations')
const { closePayload } = await import('../../src/lib/db/closePayload')
const payload = await getPayload({ config, cron: false })

afterAll(() => closePayload(payload))

async function columns(database: string) {
  const client = new pg.Client({ connectionString: urlFor(database) })
  await client.connect()
  const { rows } = await client.query<{ t: string; c: string; type: string; nullable: string }>(
    `SELECT table_name AS t, column_name AS c, data_type AS type, is_nullable AS nullable
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'payload_migrations'
      ORDER BY 1, 2`,
  )
  await client.end()
  return rows.map((r) => `${r.t}.${r.c} ${r.type} ${r.nullable}`)
}

describe('migrations', () => {
  it('apply to an empty database and produce the schema of the config', async () => {
    expect(migrations.length).toBeGreaterThan(0)
    // The adapter's migrate() is typed for any adapter's migrations; these are Postgres ones.
    await payload.db.migrate({
      migrations: migrations as unknown as Parameters<typeof payload.db.migrate>[0] extends {
        migrations?: infer M
      }
        ? M
        : never,
    })
    expect(await columns(name)).toEqual(await columns(template))
    const company = await payload.create({
      collection: 'companies',
      data: { name: 'Migrated Motors' },
    })
    expect(company.id).toMatch(/^[0-9a-f-]{36}$/)
  })
})
