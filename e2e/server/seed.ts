/**
 * The e2e fixtures, written through Payload's Local API into the e2e database (`DATABASE_URL`):
 * two companies with ADMINs (and a MEMBER for the first), brand colours, a car with a picture;
 * a TrainAI company with a failed training video; and the product's demo data (the TrainAI
 * demo account with its rendered demo video).
 */
import sharp from 'sharp'

import { draftVideo, e2eAccounts, failedVideo } from './accounts'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { closePayload } = await import('../../src/lib/db/closePayload')
const { seedDemo } = await import('../../src/lib/seed')

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

const lakeside = (await payload.create({ collection: 'companies', data: { name: e2eAccounts.companies.lakeside, offersTraining: true } })).id
const trainer = await payload.create({ collection: 'users', data: { ...e2eAccounts.trainer, company: lakeside } })
const trainingVideo = async (name: string, prompt: string, status: 'STORYBOARD' | 'FAILED', failureReason: string | null, narration: string[]) => {
  const video = await payload.create({
    collection: 'projects',
    data: { kind: 'training', name, prompt, targetDuration: 30, taskType: name, company: lakeside, owner: trainer.id, status, failureReason },
    context: { skipStoryboard: true },
  })
  for (const [index, text] of narration.entries()) {
    await payload.create({ collection: 'scenes', data: { project: video.id, company: lakeside, owner: trainer.id, sceneNumber: index + 1, sceneTitle: `Step ${index + 1}`, voiceoverText: text } })
  }
}
await trainingVideo(failedVideo.title, 'Replace the fan motor', 'FAILED', failedVideo.reason, ['Switch the oven off and isolate it.', 'Unplug the fan motor.', 'Fit the new motor and test the fan.'])
await trainingVideo(draftVideo.title, 'Descale the steam generator', 'STORYBOARD', null, ['Switch the oven off.', 'Run the descaling program.', 'Rinse the steam generator.'])

// demo@trainai.com and its rendered demo video, as a first start has them.
await seedDemo(payload)
await closePayload(payload)
process.exit(0)
