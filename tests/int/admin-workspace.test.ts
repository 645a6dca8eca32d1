import { describe, expect, it } from 'vitest'

import { dashboardData } from '../../plugins/video-pipeline/admin/dashboardData'
import { asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { scenesOf } from '../helpers/projects'

/** What the admin's custom components call besides Payload's own routes (issue 12). */

const newProject = async (tenant: Awaited<ReturnType<typeof createTenant>>, name: string) =>
  (
    await asJson(
      await tenant.adminApi.post('/projects', {
        json: { name, prompt: `${name}: a coupé on a coast road`, targetDuration: 15 },
      }),
    )
  ).doc as { id: string }

describe('POST /api/projects/:id/storyboard (the toolbar\'s "Generate storyboard")', () => {
  it("rewrites the storyboard from the current prompt, refuses while the project has work queued, and hides other companies' projects", async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const project = await newProject(a, 'Coast')
    // The first storyboard is still queued: a second one would race it.
    const early = await a.adminApi.post(`/projects/${project.id}/storyboard`, { json: {} })
    expect(early.status).toBe(409)
    expect((await asJson(early)).errors[0].message).toMatch(/already being worked on/)
    await drainJobs()
    const before = (await scenesOf(project.id)).map((scene) => scene.id)
    expect(before.length).toBeGreaterThan(0)

    await a.adminApi.patch(`/projects/${project.id}`, {
      json: { prompt: 'Mountain pass at night, headlights on wet asphalt' },
    })
    expect((await b.adminApi.post(`/projects/${project.id}/storyboard`, { json: {} })).status).toBe(
      404,
    )
    expect(
      (await a.memberApi.post(`/projects/${project.id}/storyboard`, { json: {} })).status,
    ).toBe(403)
    expect(
      (await a.adminApi.post(`/projects/${project.id}/storyboard`, { json: { force: true } }))
        .status,
    ).toBe(400)

    const accepted = await a.adminApi.post(`/projects/${project.id}/storyboard`, { json: {} })
    expect(accepted.status).toBe(202)
    expect(await asJson(accepted)).toMatchObject({ projectId: project.id, step: 'storyboard' })
    expect(
      (await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).status,
    ).toBe('STORYBOARD')
    await drainJobs()
    const after = await scenesOf(project.id)
    expect(after.map((scene) => scene.id)).not.toEqual(expect.arrayContaining(before))
    expect(after[0]!.sceneSummary).toMatch(/Mountain pass/)
    expect(
      (await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })).status,
    ).toBe('SCENE_GENERATION')
  })
})

describe("saving a project's admin form after its jobs moved on", () => {
  it('keeps the status, failure and film the jobs wrote; the edit the person made is saved', async () => {
    const a = await createTenant('a')
    const project = await newProject(a, 'Harbour')
    // The form as the admin rendered it while the storyboard was still queued.
    const opened = await asJson(await a.adminApi.get(`/projects/${project.id}?depth=0`))
    expect(opened.status).toBe('STORYBOARD')
    await drainJobs()
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { failureReason: 'Stitching failed: disk full', finalVideoUrl: '/api/final/x.mp4' },
    })

    // Payload's form submits every field it holds, as multipart `_payload`.
    // (Not the id, timestamps and join lists, which the form holds outside its fields.)
    const fields = Object.fromEntries(
      Object.entries(opened).filter(
        ([field]) => !['id', 'createdAt', 'updatedAt', 'scenes', 'timelineClips'].includes(field),
      ),
    )
    const form = new FormData()
    form.set('_payload', JSON.stringify({ ...fields, name: 'Harbour at dusk' }))
    const saved = await a.adminApi.patch(`/projects/${project.id}?depth=0`, { form })
    expect(saved.status).toBe(200)

    const stored = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(stored).toMatchObject({
      name: 'Harbour at dusk',
      status: 'SCENE_GENERATION',
      failureReason: 'Stitching failed: disk full',
      finalVideoUrl: '/api/final/x.mp4',
    })
  })
})

describe('GET /api/scenes/:id/narration (the "Listen" player)', () => {
  it("speaks the scene's saved voiceover as WAV, for its company only", async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const project = await payload.create({
      collection: 'projects',
      data: {
        name: 'Oven',
        prompt: 'Clean the oven',
        targetDuration: 30,
        kind: 'training',
        company: a.company.id,
        owner: a.admin.id,
      },
      context: { skipStoryboard: true },
    })
    const scene = await payload.create({
      collection: 'scenes',
      data: {
        project: project.id,
        sceneNumber: 1,
        sceneTitle: 'Step 1',
        voiceoverText: 'Switch the oven off and let it cool.',
        company: a.company.id,
        owner: a.admin.id,
      },
    })
    const silent = await payload.create({
      collection: 'scenes',
      data: {
        project: project.id,
        sceneNumber: 2,
        sceneTitle: 'Step 2',
        company: a.company.id,
        owner: a.admin.id,
      },
    })

    const spoken = await a.memberApi.get(`/scenes/${scene.id}/narration`)
    expect(spoken.status).toBe(200)
    expect(spoken.headers.get('content-type')).toBe('audio/wav')
    const audio = Buffer.from(await spoken.arrayBuffer())
    expect(audio.subarray(0, 4).toString('ascii')).toBe('RIFF')
    const etag = spoken.headers.get('etag')!
    expect(
      (
        await a.memberApi.get(`/scenes/${scene.id}/narration`, {
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304)

    expect((await b.adminApi.get(`/scenes/${scene.id}/narration`)).status).toBe(404)
    expect((await a.adminApi.get(`/scenes/${silent.id}/narration`)).status).toBe(409)
  })
})

describe('the dashboard', () => {
  it("lists the company's queued and failed jobs with their projects, and nothing of another company's", async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const queued = await newProject(a, 'Harbour')
    const failed = await payload.create({
      collection: 'projects',
      data: {
        name: 'Broken',
        prompt: 'x',
        targetDuration: 15,
        company: a.company.id,
        owner: a.admin.id,
      },
      context: { skipStoryboard: true },
    })
    await payload.create({
      collection: 'payload-jobs',
      data: {
        taskSlug: 'stitch',
        input: { projectId: failed.id },
        hasError: true,
        error: { message: 'ffmpeg exited with code 1' },
      },
    })
    const theirs = await newProject(b, 'Rival harbour')

    const forA = await dashboardData(payload, a.member as never)
    expect(forA.running).toEqual([
      expect.objectContaining({
        task: 'storyboard',
        state: 'queued',
        project: { id: queued.id, name: 'Harbour' },
      }),
    ])
    expect(forA.failed).toEqual([
      expect.objectContaining({
        task: 'stitch',
        project: { id: failed.id, name: 'Broken' },
        error: 'ffmpeg exited with code 1',
      }),
    ])
    const projects = forA.kinds.find((kind) => kind.name === 'marketing')!
    expect(projects).toMatchObject({ total: 2, completed: 0, failed: 0 })
    expect(projects.recent.map((p) => p.name).sort()).toEqual(['Broken', 'Harbour'])

    const forB = await dashboardData(payload, b.admin as never)
    expect(forB.running.map((job) => job.project.id)).toEqual([theirs.id])
    expect(forB.failed).toEqual([])
    expect(JSON.stringify(forB)).not.toContain(queued.id)
  })
})
