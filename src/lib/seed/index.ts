import type { Payload } from 'payload'

import { seedBrandAssets } from './brandAssets'
import { demoAccounts, demoCompanies } from './demoAccounts'
import { ensureDoc } from './ensure'
import { type DemoIds, type DemoSeed, demoSeedsOf } from './registry'

export type { DemoIds, DemoSeed }

export type SeedReport = {
  /** Parts that were already complete or were completed now, with what was done. */
  done: Array<{ part: string; outcome: string }>
  failed: Array<{ part: string; error: string }>
  /** Another process was seeding the same database: it completes the demo. */
  skipped?: boolean
}

// Any constant works as long as every process of the app uses the same one.
const SEED_LOCK_KEY = 7_305_402_115
const LOCK_WAIT_MS = 5_000

type Pool = {
  connect: () => Promise<{
    query: (sql: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
    release: () => void
  }>
}

/** Runs `work` unless another process is seeding (`npm run seed` during `npm run dev`). */
async function oneSeedAtATime<T>(payload: Payload, work: () => Promise<T>): Promise<T | null> {
  const client = await (payload.db as unknown as { pool: Pool }).pool.connect()
  try {
    // A seeder killed a moment ago still holds the lock until Postgres sees its connection close:
    // wait a little before taking the holder for another live process.
    const tryLock = async () =>
      (await client.query('SELECT pg_try_advisory_lock($1) AS locked', [SEED_LOCK_KEY])).rows[0]
        ?.locked === true
    const deadline = Date.now() + LOCK_WAIT_MS
    while (!(await tryLock())) {
      if (Date.now() > deadline) return null
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY])
    }
  } finally {
    client.release()
  }
}

async function seedAccounts(payload: Payload): Promise<DemoIds & { made: number }> {
  let made = 0
  const company = async (name: string, extra: Record<string, unknown> = {}) => {
    const { id, created } = await ensureDoc(
      payload,
      'companies',
      { name: { equals: name } },
      () => ({ data: { name, ...extra } }),
    )
    if (created) made++
    return id
  }
  const ids = {
    studio: await company(demoCompanies.studio),
    trainai: await company(demoCompanies.trainai, { offersTraining: true }),
    platform: await company(demoCompanies.platform),
  }
  const accounts = [
    { account: demoAccounts.studioAdmin, companyId: ids.studio },
    { account: demoAccounts.studioMember, companyId: ids.studio },
    { account: demoAccounts.trainai, companyId: ids.trainai },
    {
      account: demoAccounts.operator,
      companyId: ids.platform,
      extra: { isPlatformOperator: true },
    },
  ]
  for (const { account, companyId, extra } of accounts) {
    const { created } = await ensureDoc(
      payload,
      'users',
      { email: { equals: account.email } },
      () => ({
        data: {
          email: account.email,
          password: account.password,
          name: account.name,
          role: account.role,
          company: companyId,
          ...extra,
        },
      }),
    )
    if (created) made++
  }
  return { studioId: ids.studio, trainaiId: ids.trainai, made }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The demo: a car studio with brand assets, its ADMIN and MEMBER, the TrainAI demo account and a
 * platform operator, then the parts the feature plugins registered (`registerDemoSeed`). Every part is checked and
 * completed on every run, so a first start interrupted at any point is finished by the next, and
 * `npm run seed` repairs a partial demo. A part that fails is reported and the others still run;
 * nothing here throws.
 */
export async function seedDemo(
  payload: Payload,
  extraSeeds: DemoSeed[] = demoSeedsOf(payload.config),
): Promise<SeedReport> {
  const report: SeedReport = { done: [], failed: [] }
  const finished = await oneSeedAtATime(payload, async () => {
    const step = async (part: string, run: () => Promise<string>) => {
      try {
        const outcome = await run()
        report.done.push({ part, outcome })
        payload.logger.info(`Demo — ${part}: ${outcome}`)
        return true
      } catch (error) {
        report.failed.push({ part, error: message(error) })
        payload.logger.error({
          err: error,
          msg: `Demo — ${part} could not be completed: ${message(error)}. The app runs without it; the next start or \`npm run seed\` tries again.`,
        })
        return false
      }
    }
    let ids: DemoIds | undefined
    const accountsDone = await step('companies and users', async () => {
      const seeded = await seedAccounts(payload)
      ids = seeded
      return seeded.made ? `${seeded.made} made` : 'complete'
    })
    if (!accountsDone || !ids) {
      for (const part of ['brand assets', ...extraSeeds.map((seed) => seed.part)])
        report.failed.push({ part, error: 'the demo companies and users are missing' })
      return
    }
    const { studioId } = ids
    await step('brand assets', async () => {
      const made = await seedBrandAssets(payload, studioId, demoCompanies.studio)
      return made ? `${made} made` : 'complete'
    })
    for (const seed of extraSeeds) await step(seed.part, () => seed.run(payload, ids!))
  })
  if (finished === null) {
    payload.logger.info(
      'Demo data: another process is seeding this database; it completes the demo.',
    )
    report.skipped = true
  }
  return report
}
