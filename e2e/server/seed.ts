/**
 * The e2e fixtures, written through Payload's Local API into the e2e database (`DATABASE_URL`):
 * two companies with ADMINs (and a MEMBER for the first), brand colours, a car with a picture
 * and an engine sound, a narrated training video citing a manual page; the rival company has a
 * car and a project of its own (the admin specs check they never show for the first); a TrainAI
 * company with a failed, a draft and a rendering (never queued) training video; and the
 * product's demo data (the TrainAI demo account with its rendered demo video).
 */
import sharp from 'sharp'

import { draftVideo, e2eAccounts, e2eFixtures, failedVideo, renderingVideo } from './accounts'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { closePayload } = await import('../../src/lib/db/closePayload')
const { seedDemo } = await import('../../src/lib/seed')
const { synthSound } = await import('../../src/lib/media/synthSound')

const payload = await getPayload({ config, cron: false })
const companyOf = async (name: string) =>
  (await payload.create({ collection: 'companies', data: { name } })).id
const northwind = await companyOf(e2eAccounts.companies.northwind)
const rival = await companyOf(e2eAccounts.companies.rival)
for (const [account, company] of [
  [e2eAccounts.admin, northwind],
  [e2eAccounts.member, northwind],
  [e2eAccounts.rival, rival],
] as const) {
  await payload.create({ collection: 'users', data: { ...account, company } })
}
await payload.create({
  collection: 'company-assets',
  data: {
    company: northwind,
    type: 'COLOR_SCHEME',
    value: { primary: '#14213D', accent: '#FCA311', neutral: '#E5E5E5' },
  },
})
const model = await payload.create({
  collection: 'car-models',
  data: { company: northwind, name: 'Aurora' },
})
const variant = await payload.create({
  collection: 'car-variants',
  data: { company: northwind, model: model.id, year: 2026, trim: 'GT' },
})
const picture = await sharp({
  create: { width: 640, height: 400, channels: 3, background: '#c1121f' },
})
  .png()
  .toBuffer()
await payload.create({
  collection: 'car-media',
  data: { company: northwind, variant: variant.id, type: 'EXTERIOR' },
  file: { data: picture, mimetype: 'image/png', name: 'aurora-gt-front.png', size: picture.length },
})
const sound = await synthSound({ seconds: 1.5, frequency: 180 })
await payload.create({
  collection: 'car-media',
  data: { company: northwind, variant: variant.id, type: 'SOUND' },
  file: { data: sound, mimetype: 'audio/wav', name: 'aurora-gt-engine.wav', size: sound.length },
})
const ada = (
  await payload.find({
    collection: 'users',
    where: { email: { equals: e2eAccounts.admin.email } },
    limit: 1,
  })
).docs[0]!
await payload.create({
  collection: 'brand-guidelines',
  data: {
    company: northwind,
    title: 'Northwind brand guidelines',
    _status: 'published',
    guidelines: e2eFixtures.guidelines,
  },
})

// A narrated training video whose first step cites page 1 of the oven's manual.
const oven = await payload.create({
  collection: 'training-equipment',
  data: { company: northwind, owner: ada.id, name: 'Bread oven' },
})
const photo = await sharp({
  create: { width: 320, height: 240, channels: 3, background: '#6b4f2a' },
})
  .png()
  .toBuffer()
const manual = await payload.create({
  collection: 'equipment-files',
  data: { company: northwind, owner: ada.id, equipment: oven.id, fileType: 'image' },
  file: { data: photo, mimetype: 'image/png', name: 'oven-manual-page.png', size: photo.length },
})
await payload.create({
  collection: 'manual-pages',
  data: {
    company: northwind,
    equipment: oven.id,
    file: manual.id,
    page: 1,
    text: e2eFixtures.manualPage,
  },
})
const video = await payload.create({
  collection: 'projects',
  data: {
    company: northwind,
    owner: ada.id,
    kind: 'training',
    name: e2eFixtures.trainingVideo,
    prompt: 'Clean the bread oven',
    targetDuration: 30,
    equipment: oven.id,
  },
  context: { skipStoryboard: true },
})
await payload.create({
  collection: 'scenes',
  data: {
    company: northwind,
    owner: ada.id,
    project: video.id,
    sceneNumber: 1,
    sceneTitle: 'Cool down',
    voiceoverText: e2eFixtures.firstVoiceover,
    manualSources: [{ file: manual.id, page: 1 }],
  },
})

// The rival company's own documents.
const rita = (
  await payload.find({
    collection: 'users',
    where: { email: { equals: e2eAccounts.rival.email } },
    limit: 1,
  })
).docs[0]!
await payload.create({
  collection: 'car-models',
  data: { company: rival, name: e2eFixtures.rivalCar },
})
await payload.create({
  collection: 'projects',
  data: {
    company: rival,
    owner: rita.id,
    name: e2eFixtures.rivalProject,
    prompt: 'A rival film',
    targetDuration: 15,
  },
  context: { skipStoryboard: true },
})

const lakeside = (
  await payload.create({
    collection: 'companies',
    data: { name: e2eAccounts.companies.lakeside, offersTraining: true },
  })
).id
const trainer = await payload.create({
  collection: 'users',
  data: { ...e2eAccounts.trainer, company: lakeside },
})
const trainingVideo = async (
  name: string,
  prompt: string,
  status: 'STORYBOARD' | 'SCENE_GENERATION' | 'FAILED',
  failureReason: string | null,
  narration: string[],
) => {
  const video = await payload.create({
    collection: 'projects',
    data: {
      kind: 'training',
      name,
      prompt,
      targetDuration: 30,
      taskType: name,
      company: lakeside,
      owner: trainer.id,
      status,
      failureReason,
    },
    context: { skipStoryboard: true },
  })
  for (const [index, text] of narration.entries()) {
    await payload.create({
      collection: 'scenes',
      data: {
        project: video.id,
        company: lakeside,
        owner: trainer.id,
        sceneNumber: index + 1,
        sceneTitle: `Step ${index + 1}`,
        voiceoverText: text,
      },
    })
  }
}
await trainingVideo(failedVideo.title, 'Replace the fan motor', 'FAILED', failedVideo.reason, [
  'Switch the oven off and isolate it.',
  'Unplug the fan motor.',
  'Fit the new motor and test the fan.',
])
await trainingVideo(draftVideo.title, 'Descale the steam generator', 'STORYBOARD', null, [
  'Switch the oven off.',
  'Run the descaling program.',
  'Rinse the steam generator.',
])

await trainingVideo(renderingVideo.title, 'Replace the rack rails', 'SCENE_GENERATION', null, [
  'Take the racks out of the oven.',
  'Unscrew the old rack rails.',
])

// demo@trainai.com and its rendered demo video, as a first start has them.
await seedDemo(payload)
await closePayload(payload)
process.exit(0)
