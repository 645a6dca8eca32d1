/**
 * The e2e fixtures, written through Payload's Local API into the e2e database (`DATABASE_URL`):
 * two companies with ADMINs (and a MEMBER for the first), brand colours, a car with a picture.
 */
import sharp from 'sharp'

import { e2eAccounts } from './accounts'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { closePayload } = await import('../../src/lib/db/closePayload')

const payload = await getPayload({ config, cron: false })
const companyOf = async (name: string) => (await payload.create({ collection: 'companies', data: { name } })).id
const northwind = await companyOf(e2eAccounts.companies.northwind)
const rival = await companyOf(e2eAccounts.companies.rival)
for (const [account, company] of [
  [e2eAccounts.admin, northwind],
  [e2eAccounts.member, northwind],
  [e2eAccounts.rival, rival],
] as const) {
  await payload.create({ collection: 'users', data: { ...account, company } })
}
await payload.create({ collection: 'company-assets', data: { company: northwind, type: 'COLOR_SCHEME', value: { primary: '#14213D', accent: '#FCA311', neutral: '#E5E5E5' } } })
const model = await payload.create({ collection: 'car-models', data: { company: northwind, name: 'Aurora' } })
const variant = await payload.create({ collection: 'car-variants', data: { company: northwind, model: model.id, year: 2026, trim: 'GT' } })
const picture = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#c1121f' } }).png().toBuffer()
await payload.create({
  collection: 'car-media',
  data: { company: northwind, variant: variant.id, type: 'EXTERIOR' },
  file: { data: picture, mimetype: 'image/png', name: 'aurora-gt-front.png', size: picture.length },
})
await closePayload(payload)
process.exit(0)
