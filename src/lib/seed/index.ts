import type { Payload } from 'payload'

import { seedBrandAssets } from './brandAssets'
import { demoAccounts, demoCompanies } from './demoAccounts'
import { type DemoSeed, demoSeedsOf } from './registry'

type Account = (typeof demoAccounts)[keyof typeof demoAccounts]

async function createUser(payload: Payload, account: Account, companyId: string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'users',
    data: { email: account.email, password: account.password, name: account.name, role: account.role, company: companyId, ...extra },
  })
}

/**
 * Demo data for a first run: a car studio with brand assets, its ADMIN and MEMBER, the TrainAI
 * demo account and a platform operator. Does nothing when the demo company already exists.
 * Feature plugins add their own demo data with `registerDemoSeed`.
 */
export async function seedDemo(payload: Payload, extraSeeds: DemoSeed[] = demoSeedsOf(payload.config)): Promise<boolean> {
  const existing = await payload.count({ collection: 'companies', where: { name: { equals: demoCompanies.studio } } })
  if (existing.totalDocs > 0) return false

  payload.logger.info('Seeding demo data…')
  const studio = await payload.create({ collection: 'companies', data: { name: demoCompanies.studio } })
  const trainai = await payload.create({ collection: 'companies', data: { name: demoCompanies.trainai, offersTraining: true } })
  const platform = await payload.create({ collection: 'companies', data: { name: demoCompanies.platform } })

  await createUser(payload, demoAccounts.studioAdmin, studio.id)
  await createUser(payload, demoAccounts.studioMember, studio.id)
  await createUser(payload, demoAccounts.trainai, trainai.id)
  await createUser(payload, demoAccounts.operator, platform.id, { isPlatformOperator: true })
  await seedBrandAssets(payload, studio.id, demoCompanies.studio)

  for (const seed of extraSeeds) await seed(payload, { studioId: studio.id, trainaiId: trainai.id })
  payload.logger.info('Demo data ready.')
  return true
}
