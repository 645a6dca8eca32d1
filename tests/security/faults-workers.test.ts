import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { sql } from '@payloadcms/db-postgres'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createTenant, payload } from '../helpers/fixtures'
import { projectWithoutStoryboard } from '../helpers/projects'
import { mp4Bytes } from '../helpers/media'
import { startFaultyReplicate } from './support/faultyReplicate'
import { filesMissing } from './support/faults'
import { firstOf } from './support/probes'
import { reportSecurity } from './support/summary'
import { startWorker, waitFor, type Worker } from '../helpers/workers'

/**
 * Faults of the processes around a job: the worker killed in the middle of a stitch, and the
 * database dropping every connection of a worker in the middle of a job (what a database restart
 * looks like to it). Real `npm run worker` processes on this file's database.
 */

type Db = {
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
}
const db = () => payload.db as unknown as Db
const WORKER_APP = 'reelsmith-fault-worker'

let tenant: Awaited<ReturnType<typeof createTenant>>
let project: string
const scenes: string[] = []
let replicate: Awaited<ReturnType<typeof startFaultyReplicate>>
const workers: Worker[] = []
const lostWork: string[] = []
const duplicateRuns: string[] = []
let faultsInjected = 0
let failedSteps = 0

function worker() {
  const url = new URL(process.env.DATABASE_URL!)
  // Named, so the test can drop this worker's connections and nobody else's.
  url.searchParams.set('application_name', WORKER_APP)
  const started = startWorker({
    DATABASE_URL: url.toString(),
    JOBS_LEASE_MS: '1500',
    REPLICATE_API_TOKEN: 'r8_faults',
    REPLICATE_BASE_URL: `${replicate.base}/v1`,
  })
  workers.push(started)
  return started
}

beforeAll(async () => {
  replicate = await startFaultyReplicate()
  replicate.faults.set('held', 'held')
  tenant = await createTenant('worker-faults')
  const owned = { company: tenant.company.id, owner: tenant.admin.id }
  project = await projectWithoutStoryboard(tenant, {
    name: 'Interrupted',
    prompt: 'A stitch cut short',
    targetDuration: 30,
  })
  const clip = await mp4Bytes()
  for (let n = 1; n <= 3; n++) {
    const scene = await payload.create({
      collection: 'scenes',
      data: {
        project,
        sceneNumber: n,
        sceneTitle: `Part ${n}`,
        sceneSummary: 'fault-held',
        ...owned,
      },
    })
    scenes.push(scene.id)
    await payload.create({
      collection: 'generated-videos',
      data: { project, scene: scene.id, isSelected: true, duration: 1, ...owned },
      file: { data: clip, mimetype: 'video/mp4', name: 'clip.mp4', size: clip.length },
    })
  }
})

afterEach((context) => {
  if (context.task.result?.state === 'fail') failedSteps++
})

afterAll(async () => {
  for (const started of workers) await started.kill('SIGKILL')
  await replicate.close()
})

const projectDoc = () => payload.findByID({ collection: 'projects', id: project, depth: 0 })
const finals = async () =>
  (await payload.count({ collection: 'final-videos', where: { project: { equals: project } } }))
    .totalDocs

describe('worker and database faults', { timeout: 180_000 }, () => {
  it('a worker killed mid-stitch: another one stitches the film once, from the stored clips', async () => {
    // The last clip's file becomes a FIFO: the stitch blocks reading it, mid-way, until killed.
    const [last] = (
      await payload.find({
        collection: 'generated-videos',
        where: { scene: { equals: scenes.at(-1)! } },
        depth: 0,
      })
    ).docs
    const stored = path.join(process.env.MEDIA_DIR!, last!.prefix ?? '', last!.filename!)
    const bytes = fs.readFileSync(stored)
    fs.rmSync(stored)
    execFileSync('mkfifo', [stored])

    const first = worker()
    await first.ready
    const queued = await tenant.adminApi.post('/stitch-videos', { json: { projectId: project } })
    expect(queued.status).toBe(202)
    await waitFor(
      'the stitch to start',
      async () => (await projectDoc()).status === 'STITCHING',
      30_000,
    )
    await first.kill('SIGKILL')
    faultsInjected++
    fs.rmSync(stored)
    fs.writeFileSync(stored, bytes)

    const second = worker()
    await second.ready
    await waitFor('the film', async () => (await projectDoc()).status === 'COMPLETED', 60_000)
    expect(second.output()).toMatch(/lost its worker \(lease expired\); queued again/)
    const done = await projectDoc()
    expect(done.finalVideoUrl).toBeTruthy()
    if ((await finals()) !== 1) duplicateRuns.push(`stitch: ${await finals()} final videos`)
    const clips = await payload.count({
      collection: 'generated-videos',
      where: { project: { equals: project } },
    })
    if (clips.totalDocs !== 3) lostWork.push(`stitch: ${clips.totalDocs} of 3 clips left`)
    await second.kill('SIGTERM')
  })

  it('a worker whose database connections all drop mid-job finishes the job once', async () => {
    const live = worker()
    await live.ready
    const sceneId = scenes[0]!
    const queued = await tenant.adminApi.post('/generate-image', { json: { sceneId } })
    expect(queued.status).toBe(202)
    // The job is in the middle of its provider call when the database goes away and comes back.
    await waitFor('the prediction', () => replicate.created('held') === 1, 30_000)
    const { rows } = await db().drizzle.execute(
      sql`SELECT pg_terminate_backend(pid) AS dropped FROM pg_stat_activity WHERE application_name = ${WORKER_APP} AND datname = current_database()`,
    )
    expect(rows.length).toBeGreaterThan(0)
    faultsInjected++
    replicate.openGate()

    await waitFor(
      'the scene image',
      async () => {
        if (live.child.exitCode !== null || live.child.signalCode !== null)
          throw new Error(`the worker died:\n${live.output().slice(-3000)}`)
        const scene = await payload.findByID({ collection: 'scenes', id: sceneId, depth: 0 })
        return scene.status === 'IMAGE_READY'
      },
      60_000,
    )
    expect(live.child.exitCode, live.output().slice(-2000)).toBeNull()
    if (replicate.created('held') !== 1)
      duplicateRuns.push(`image: ${replicate.created('held')} predictions`)
    const images = await payload.count({
      collection: 'generated-images',
      where: { scene: { equals: sceneId } },
    })
    if (images.totalDocs !== 1) duplicateRuns.push(`image: ${images.totalDocs} images`)
  })

  it('no document names a file that is not stored', async () => {
    lostWork.push(...(await filesMissing()))
    expect(lostWork, firstOf(lostWork)).toEqual([])
    expect(duplicateRuns, firstOf(duplicateRuns)).toEqual([])
  })

  it('reports', (context) => {
    reportSecurity(context, 'faults: workers, database', {
      faultsInjected,
      lostWork: lostWork.length,
      duplicateRuns: duplicateRuns.length,
    })
    // Counts from a run whose faults were not all survived prove nothing.
    expect(failedSteps, 'every fault scenario passed').toBe(0)
  })
})
