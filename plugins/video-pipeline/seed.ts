import type { Payload } from 'payload'

import { demoAccounts } from '../../src/lib/seed/demoAccounts'
import { ensureDoc, whereAll } from '../../src/lib/seed/ensure'
import type { DemoSeed } from '../../src/lib/seed/registry'

export const DEMO_PROJECT = 'Apex Meridian GT — coast road launch'

/**
 * A brand film project for the demo studio, owned by its ADMIN: its storyboard is written by the
 * jobs queue in the background, so a new user opens a project ready for "Generate all images".
 * Queued again when a start stopped between the project and its job (no scenes, nothing queued).
 */
async function seedProject(payload: Payload, { studioId }: { studioId: string }): Promise<string> {
  const { docs: admins } = await payload.find({
    collection: 'users',
    where: { email: { equals: demoAccounts.studioAdmin.email } },
    limit: 1,
    depth: 0,
  })
  if (!admins[0]) throw new Error(`the demo user ${demoAccounts.studioAdmin.email} is missing`)
  const { id, created } = await ensureDoc(
    payload,
    'projects',
    whereAll({ company: studioId, name: DEMO_PROJECT }),
    () => ({
      data: {
        company: studioId,
        owner: admins[0]!.id,
        name: DEMO_PROJECT,
        prompt:
          'The Apex Meridian GT on a coast road at golden hour: the car in the distance, a close pass, the interior, and the badge in the last light.',
        targetDuration: 15,
      },
    }),
  )
  if (created) return 'made; storyboard queued (written in the background)'
  const [{ totalDocs: scenes }, { totalDocs: pending }] = await Promise.all([
    payload.count({ collection: 'scenes', where: { project: { equals: id } } }),
    payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { 'input.projectId': { equals: id } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    }),
  ])
  if (scenes > 0 || pending > 0) return 'complete'
  await payload.jobs.queue({ task: 'storyboard', input: { projectId: id } })
  return 'storyboard queued again'
}

export const brandFilmDemo: DemoSeed = { part: 'brand film project', run: seedProject }
