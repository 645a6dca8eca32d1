import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import type { DemoSeed } from '../../src/lib/seed/registry'
import { unfinishedProjectJobs } from '../../src/lib/jobs/unfinished'
import { demoAccounts } from '../../src/lib/seed/demoAccounts'
import { ensureDoc, whereAll } from '../../src/lib/seed/ensure'
import { readManualsFirst } from './services/manualsReady'
import { renderManualPdf } from './services/manualPdf'
import { createTrainingVideo } from './services/writeScenes'

const MANUAL_PAGES = [
  // Steps only: the PDF prints the manual's title on every page, and a heading read aloud is noise.
  'Safety first: switch the oven off at the main isolator, lock it out and let the cooking cabinet cool below 40 °C before any work on the door.',
  'To replace the door, open it to 90 degrees and support it. Remove the four Torx T20 screws of the upper hinge cover and take the cover off.',
  'Lift the door straight up off both hinge pins and set it down on a padded surface. Fit the new door on the hinge pins and lower it fully.',
  'Refit the hinge cover and tighten the hinge bolts to 12 Nm. Close the door and check that the door gasket seals evenly all around; run a 5 minute steam cycle and check for leaks.',
]

const ovenSvg = `
<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540">
  <rect width="960" height="540" fill="#dfe6ec"/>
  <rect x="300" y="60" width="360" height="420" rx="18" fill="#9aa5b1"/>
  <rect x="330" y="110" width="250" height="330" rx="12" fill="#2f3b45"/>
  <rect x="600" y="120" width="40" height="300" rx="8" fill="#c9d2da"/>
  <circle cx="620" cy="160" r="14" fill="#e63946"/>
</svg>`

const EQUIPMENT = 'Rational SCC 101'

async function demoOwner(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoAccounts.trainai.email } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`the demo user ${demoAccounts.trainai.email} is missing`)
  return docs[0]
}

/** The TrainAI demo equipment with a small generated PDF manual (read into the index) and a photo. */
async function seedEquipment(
  payload: Payload,
  { trainaiId }: { trainaiId: string },
): Promise<string> {
  const owner = await demoOwner(payload)
  let made = 0
  const equipment = await ensureDoc(
    payload,
    'training-equipment',
    whereAll({ company: trainaiId, name: EQUIPMENT }),
    () => ({
      data: { company: trainaiId, owner: owner.id, name: EQUIPMENT },
    }),
  )
  if (equipment.created) made++
  const files = [
    {
      fileType: 'manual' as const,
      name: 'rational-scc-101-service-manual.pdf',
      mimetype: 'application/pdf',
      data: () => renderManualPdf(`${EQUIPMENT} — Service manual`, MANUAL_PAGES),
    },
    {
      fileType: 'image' as const,
      name: 'rational-scc-101.png',
      mimetype: 'image/png',
      data: () => sharp(Buffer.from(ovenSvg)).png().toBuffer(),
    },
  ]
  for (const file of files) {
    const { created } = await ensureDoc(
      payload,
      'equipment-files',
      whereAll({ equipment: equipment.id, fileType: file.fileType }),
      async () => ({
        data: {
          company: trainaiId,
          owner: owner.id,
          equipment: equipment.id,
          fileType: file.fileType,
        },
        file: { data: Buffer.from(await file.data()), mimetype: file.mimetype, name: file.name },
      }),
    )
    if (created) made++
  }
  // Read now (a few pages), whether the upload is new or an earlier start stopped before its job ran.
  const unreadable = await readManualsFirst(payload, equipment.id)
  if (unreadable.length)
    throw new Error(`the demo manual could not be read: ${unreadable[0]!.reason}`)
  return made ? `${made} made` : 'complete'
}

/**
 * The demo video: a narrated video grounded in the manual, owned by demo@trainai.com. Its render
 * is queued, not awaited — the app serves meanwhile and the jobs queue renders it in the background
 * (status in /library and `GET /api/videos`). Queued again when no render is pending and the video
 * is not complete (a failed render, or a start stopped before the job was queued).
 */
async function seedVideo(payload: Payload, { trainaiId }: { trainaiId: string }): Promise<string> {
  const owner = await demoOwner(payload)
  const { docs: equipment } = await payload.find({
    collection: 'training-equipment',
    where: whereAll({ company: trainaiId, name: EQUIPMENT }),
    limit: 1,
    depth: 0,
  })
  if (!equipment[0]) throw new Error(`the demo equipment ${EQUIPMENT} is missing`)
  const existing = await payload.find({
    collection: 'projects',
    where: whereAll({ company: trainaiId, kind: 'training', equipment: equipment[0].id }),
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  let video = existing.docs[0]
  let outcome = 'complete'
  if (!video) {
    const created = await createTrainingVideo(await createLocalReq({}, payload), {
      companyId: trainaiId,
      ownerId: owner.id,
      equipmentId: equipment[0].id,
      prompt: `Door replacement on a ${EQUIPMENT}`,
      equipmentModel: EQUIPMENT,
      taskType: 'Door Replacement',
    })
    video = created.video
    outcome = 'script written'
  }
  if (video.status === 'COMPLETED') return outcome
  const pending = await payload.count({
    collection: 'payload-jobs',
    where: unfinishedProjectJobs(video.id, 'renderTraining'),
  })
  if (pending.totalDocs > 0) return `${outcome}; rendering in the background`
  if (video.status === 'FAILED')
    payload.logger.warn(
      `Demo video: the last render failed (${video.failureReason ?? 'no reason given'}); rendering it again.`,
    )
  await payload.update({
    collection: 'projects',
    id: video.id,
    data: { status: 'SCENE_GENERATION', failureReason: null },
    depth: 0,
  })
  await payload.jobs.queue({ task: 'renderTraining', input: { projectId: video.id } })
  return `${outcome}; render queued (it runs in the background: see /library or GET /api/videos)`
}

export const trainingEquipmentDemo: DemoSeed = {
  part: 'TrainAI equipment with manual and photo',
  run: seedEquipment,
}
export const trainingVideoDemo: DemoSeed = { part: 'TrainAI demo video', run: seedVideo }
