import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { startStub } from '../helpers/stubs/server'

/** An OpenAI-compatible chat stub whose storyboards fail while `failing` is set. */
let failing = true
const storyboard = {
  characterDescription: 'A red coupe',
  scenes: [5, 5, 5].map((d, i) => ({
    sceneTitle: `Scene ${i + 1}`,
    sceneSummary: 'Road',
    imagePrompt: 'Road',
    suggestedDuration: d,
  })),
}
const stub = await startStub(() =>
  failing
    ? { status: 503, json: { error: { message: 'storyboard model overloaded' } } }
    : {
        json: {
          id: 'x',
          object: 'chat.completion',
          model: 'm',
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: JSON.stringify(storyboard) },
            },
          ],
        },
      },
)

beforeAll(() => Object.assign(process.env, { OPENROUTER_API_KEY: 'stub', LLM_BASE_URL: stub.base }))
afterAll(async () => {
  delete process.env.OPENROUTER_API_KEY
  delete process.env.LLM_BASE_URL
  await stub.close()
})

const jobsOf = (projectId: string) =>
  payload.count({ collection: 'payload-jobs', where: { 'input.projectId': { equals: projectId } } })

describe('POST /api/projects/:id/retry', () => {
  it('runs a failed storyboard again, once, for its owner only; then the storyboard is written', async () => {
    const tenant = await createTenant()
    const other = await createTenant('other')
    const created = await tenant.memberApi.post('/projects', {
      json: { name: 'Stormy', prompt: 'Rain on a coast road', targetDuration: 15 },
    })
    const project = (await asJson(created)).doc
    await drainJobs()
    const failed = await asJson(await tenant.memberApi.get(`/projects/${project.id}/status`))
    expect(failed.stage).toBe('FAILED')
    expect(failed.failureReason).toMatch(/Storyboard: .*overloaded/)

    // Another company's project does not exist for them; a malformed body is a 400.
    expect((await other.adminApi.post(`/projects/${project.id}/retry`, { json: {} })).status).toBe(
      404,
    )
    expect(
      (
        await tenant.adminApi.post(`/projects/${project.id}/retry`, {
          json: { sceneId: 'not-a-uuid' },
        })
      ).status,
    ).toBe(400)

    failing = false
    const retried = await tenant.memberApi.post(`/projects/${project.id}/retry`, { json: {} })
    expect(retried.status).toBe(202)
    expect((await asJson(retried)).step).toBe('storyboard')
    const queued = await asJson(await tenant.memberApi.get(`/projects/${project.id}/status`))
    expect(queued).toMatchObject({ stage: 'STORYBOARD', failureReason: null })
    // The failed job was still waiting for its automatic retry: it is not queued twice.
    expect((await jobsOf(project.id)).totalDocs).toBe(1)

    // Its next attempt (after the task's backoff) writes the storyboard.
    for (let round = 0; round < 60; round++) {
      await payload.jobs.run({ limit: 10 })
      if ((await jobsOf(project.id)).totalDocs === 0) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const done = await asJson(await tenant.memberApi.get(`/projects/${project.id}/status`))
    expect(done.stage).toBe('SCENE_GENERATION')
    expect(done.scenes).toHaveLength(3)
  })

  it("answers 409 when nothing failed, 403 to a MEMBER for a colleague's project, 404 for a scene of another project", async () => {
    failing = false
    const tenant = await createTenant()
    const project = (
      await asJson(
        await tenant.adminApi.post('/projects', {
          json: { name: 'Calm', prompt: 'Sunny road', targetDuration: 15 },
        }),
      )
    ).doc
    await drainJobs()
    const [scene] = (await asJson(await tenant.adminApi.get(`/projects/${project.id}/status`)))
      .scenes
    expect((await tenant.adminApi.post(`/projects/${project.id}/retry`, { json: {} })).status).toBe(
      409,
    )
    expect(
      (await tenant.memberApi.post(`/projects/${project.id}/retry`, { json: {} })).status,
    ).toBe(403)
    expect(
      (await tenant.adminApi.post(`/projects/${project.id}/retry`, { json: { sceneId: scene.id } }))
        .status,
    ).toBe(409)
    const second = (
      await asJson(
        await tenant.adminApi.post('/projects', {
          json: { name: 'Other', prompt: 'Night road', targetDuration: 15 },
        }),
      )
    ).doc
    expect(
      (await tenant.adminApi.post(`/projects/${second.id}/retry`, { json: { sceneId: scene.id } }))
        .status,
    ).toBe(404)
  })
})
