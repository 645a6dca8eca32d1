import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTenant, payload } from '../helpers/fixtures'
import { pngBytes } from '../helpers/media'
import { startStub } from '../helpers/stubs/server'
import { startWorker as startAnyWorker, type Worker } from '../helpers/workers'

/**
 * Real `npm run worker` processes (scripts/worker.ts) on this file's database, generating scene
 * images through the real Replicate client against a stub that records every prediction.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Predictions whose prompt holds one of these words wait for `openGate` the first time they come.
const held = new Set<string>()
let openGate = () => {}
const gate = new Promise<void>((resolve) => (openGate = resolve))
const prompts: string[] = []
const png = await pngBytes('#00ff00', 16)
const stub = await startStub(async (req, base) => {
  if (req.method === 'POST' && req.path.endsWith('/predictions')) {
    const prompt = String(JSON.parse(req.body).input.prompt)
    prompts.push(prompt)
    const word = [...held].find((w) => prompt.includes(w))
    if (word) {
      held.delete(word)
      await gate
    } else {
      await sleep(150)
    }
    return {
      status: 201,
      json: { id: `p${prompts.length}`, status: 'succeeded', output: [`${base}/files/out.png`] },
    }
  }
  return { headers: { 'content-type': 'image/png' }, body: png }
})
const predictionsFor = (title: string) => prompts.filter((p) => p.includes(title)).length

const workers: Worker[] = []
const startWorker = (env: Record<string, string> = {}) => {
  const worker = startAnyWorker({
    PROVIDER_CONCURRENCY: '2',
    REPLICATE_API_TOKEN: 'r8_test',
    REPLICATE_BASE_URL: `${stub.base}/v1`,
    ...env,
  })
  workers.push(worker)
  return worker
}

afterAll(async () => {
  for (const worker of workers) await worker.kill('SIGKILL')
  openGate()
  await stub.close()
})

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await sleep(100)
  }
}

/** Scenes of a project without a storyboard, each with a queued image job (titles are unique words). */
async function queueSceneImages(label: string, count: number) {
  const { company, admin } = await createTenant(label)
  const project = await payload.create({
    collection: 'projects',
    data: { name: label, prompt: label, targetDuration: 60, company: company.id, owner: admin.id },
    context: { skipStoryboard: true },
  })
  const scenes = []
  for (let i = 1; i <= count; i++) {
    const title = `${label}${String(i).padStart(2, '0')}x`
    const scene = await payload.create({
      collection: 'scenes',
      data: {
        project: project.id,
        sceneNumber: i,
        sceneTitle: title,
        company: company.id,
        owner: admin.id,
      },
    })
    const job = await payload.jobs.queue({ task: 'sceneImage', input: { sceneId: scene.id } })
    scenes.push({ scene, title, jobId: job.id })
  }
  return scenes
}

/** Jobs each worker took, from Payload's "Running N jobs." log lines. */
function claimsOf(output: string) {
  const lines = output.split('\n').filter((line) => line.includes('"Running '))
  return lines
    .map((line) => JSON.parse(line) as { new: number; retrying: number })
    .reduce((sum, line) => ({ new: sum.new + line.new, retrying: sum.retrying + line.retrying }), {
      new: 0,
      retrying: 0,
    })
}
const pendingJobs = async (ids: Array<number | string>) =>
  (await payload.count({ collection: 'payload-jobs', where: { id: { in: ids } } })).totalDocs
const jobOf = (id: number | string) =>
  payload.findByID({ collection: 'payload-jobs', id, depth: 0 })
const imagesOf = async (sceneId: string) =>
  (await payload.count({ collection: 'generated-images', where: { scene: { equals: sceneId } } }))
    .totalDocs
const statusOf = async (sceneId: string) =>
  (await payload.findByID({ collection: 'scenes', id: sceneId, depth: 0 })).status

// Two workers for the whole file, with a short lease so the killed worker's job comes back quickly.
let workersPair: Array<ReturnType<typeof startWorker>> = []
beforeAll(async () => {
  workersPair = [startWorker({ JOBS_LEASE_MS: '1500' }), startWorker({ JOBS_LEASE_MS: '1500' })]
  await Promise.all(workersPair.map((worker) => worker.ready))
})

describe('job workers on one database', () => {
  it('two workers share the queue and run every job exactly once', async () => {
    const queued = await queueSceneImages('share', 16)
    const ids = queued.map((q) => q.jobId)
    // Payload deletes a job once it completes (`deleteJobOnComplete`); failed jobs would stay.
    await waitFor('all jobs to complete', async () => (await pendingJobs(ids)) === 0, 30_000)

    for (const { scene, title } of queued) {
      expect(predictionsFor(title)).toBe(1)
      expect(await imagesOf(scene.id)).toBe(1)
      expect(await statusOf(scene.id)).toBe('IMAGE_READY')
    }
    const claims = workersPair.map((worker) => claimsOf(worker.output()))
    expect(claims.reduce((sum, c) => sum + c.new, 0)).toBe(16)
    expect(claims.map((c) => c.retrying)).toEqual([0, 0])
    // Both took part.
    for (const c of claims) expect(c.new).toBeGreaterThan(0)
  })

  it('runs the job of a killed worker again once its lease expires, and not before', async () => {
    const before = workersPair.map((worker) => claimsOf(worker.output()).new)
    held.add('slow01x')
    const [{ scene, title, jobId }] = await queueSceneImages('slow', 1)
    await waitFor('the first prediction', () => predictionsFor(title) === 1, 10_000)
    const claimed = await jobOf(jobId)
    expect(claimed).toMatchObject({ processing: true, completedAt: null })
    expect(claimed.leaseOwner).toBeTruthy()
    const runner = workersPair.find((worker, i) => claimsOf(worker.output()).new > before[i]!)!
    const standby = workersPair.find((worker) => worker !== runner)!

    // Longer than the lease: the runner's heartbeat keeps its job from the standby worker.
    await sleep(2500)
    expect(predictionsFor(title)).toBe(1)
    expect(await jobOf(jobId)).toMatchObject({ processing: true, leaseOwner: claimed.leaseOwner })

    runner.child.kill('SIGKILL')
    await runner.exited
    expect((await jobOf(jobId)).processing).toBe(true)

    await waitFor(
      'the job to complete on the standby worker',
      async () => (await pendingJobs([jobId])) === 0,
      15_000,
    )
    expect(predictionsFor(title)).toBe(2)
    expect(await imagesOf(scene.id)).toBe(1)
    expect(await statusOf(scene.id)).toBe('IMAGE_READY')
    expect(standby.output()).toMatch(/lost its worker \(lease expired\); queued again/)

    standby.child.kill('SIGTERM')
    await standby.exited
  })

  it('fails a job instead of queueing it again once it has lost its worker more than 3 times', async () => {
    const { sql } = await import('@payloadcms/db-postgres')
    const db = payload.db as unknown as {
      drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
    }
    const queued = async (releases: number) => {
      const job = await payload.jobs.queue({
        task: 'stitch',
        input: { projectId: '00000000-0000-4000-8000-000000000000' },
      })
      // As a worker that died mid-job leaves it: processing, with an expired lease.
      await db.drizzle.execute(
        sql`UPDATE payload_jobs SET processing = true, lease_owner = 'dead', lease_expires_at = clock_timestamp() - interval '1 second', lease_releases = ${releases} WHERE id = ${job.id}`,
      )
      return job.id
    }
    const looping = await queued(3)
    const unlucky = await queued(0)
    // Any claim releases expired leases first; this one matches no job, so nothing runs.
    await payload.jobs.run({ where: { id: { equals: '00000000-0000-4000-8000-000000000000' } } })
    const row = async (id: string | number) =>
      (
        await db.drizzle.execute(
          sql`SELECT processing, has_error, error, lease_releases::integer AS lease_releases FROM payload_jobs WHERE id = ${id}`,
        )
      ).rows[0]!
    expect(await row(looping)).toMatchObject({
      processing: false,
      has_error: true,
      lease_releases: 4,
    })
    expect(((await row(looping)).error as { message: string }).message).toMatch(
      /stopped its worker 4 times/,
    )
    expect(await row(unlucky)).toMatchObject({
      processing: false,
      has_error: false,
      lease_releases: 1,
    })
  })
})
