import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'

import { runQueue } from '../../src/lib/jobs/runQueue'
import { demoAccounts } from '../../src/lib/seed/demoAccounts'
import { renderManualPdf } from './services/manualPdf'
import { createTrainingVideo } from './services/writeScenes'

const MANUAL_PAGES = [
  'Rational SCC 101 — service manual. Safety first: switch the oven off at the main isolator, lock it out and let the cooking cabinet cool below 40 °C before any work on the door.',
  'Door replacement. Open the appliance door to 90 degrees and support it. Remove the four Torx T20 screws of the upper hinge cover and take the cover off.',
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

/** Runs the queued jobs now (extraction, render) so the demo library is ready on first start. */
const runJobs = (payload: Payload) => runQueue(payload, { concurrency: 1, idleMs: 0, untilEmpty: true })

/**
 * The TrainAI demo: equipment with a small generated PDF manual and a photo, and one completed
 * narrated video grounded in that manual, owned by demo@trainai.com.
 */
export async function seedTraining(payload: Payload, { trainaiId }: { trainaiId: string }) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: demoAccounts.trainai.email } }, limit: 1, depth: 0 })
  const owner = docs[0]
  if (!owner) return
  const equipment = await payload.create({ collection: 'training-equipment', data: { company: trainaiId, owner: owner.id, name: 'Rational SCC 101' } })
  const files = [
    { fileType: 'manual' as const, name: 'rational-scc-101-service-manual.pdf', mimetype: 'application/pdf', data: await renderManualPdf('Rational SCC 101 — Service manual', MANUAL_PAGES) },
    { fileType: 'image' as const, name: 'rational-scc-101.png', mimetype: 'image/png', data: await sharp(Buffer.from(ovenSvg)).png().toBuffer() },
  ]
  for (const file of files) {
    await payload.create({
      collection: 'equipment-files',
      data: { company: trainaiId, owner: owner.id, equipment: equipment.id, fileType: file.fileType },
      file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.data.length },
    })
  }
  await runJobs(payload)
  const { video } = await createTrainingVideo(await createLocalReq({}, payload), {
    companyId: trainaiId,
    ownerId: owner.id,
    equipmentId: equipment.id,
    prompt: 'Door replacement on a Rational SCC 101',
    equipmentModel: 'Rational SCC 101',
    taskType: 'Door Replacement',
  })
  payload.logger.info('Rendering the TrainAI demo video (first run only)…')
  await payload.jobs.queue({ task: 'renderTraining', input: { projectId: video.id } })
  await runJobs(payload)
}
