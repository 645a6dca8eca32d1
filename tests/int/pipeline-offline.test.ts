import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { scenesOf } from '../helpers/projects'
import { probe } from '../../src/lib/media/probe'

describe('offline pipeline', () => {
  it('turns a 30 s project into a stitched MP4 matching its timeline, from the API alone', async () => {
    const { memberApi, company } = await createTenant()
    await payload.create({
      collection: 'company-assets',
      data: {
        company: company.id,
        type: 'COLOR_SCHEME',
        value: { primary: '#0B1F3A', accent: '#E63946' },
      },
    })

    const created = await memberApi.post('/projects', {
      json: {
        name: 'Coastal launch',
        prompt: 'A red coupé on a coastal road at dawn',
        targetDuration: 30,
      },
    })
    expect(created.status).toBe(201)
    const project = (await asJson(created)).doc
    await drainJobs()

    const afterStoryboard = await asJson(await memberApi.get(`/projects/${project.id}/status`))
    expect(afterStoryboard.stage).toBe('SCENE_GENERATION')
    const scenes = afterStoryboard.scenes as Array<{ id: string; sceneNumber: number }>
    expect(scenes.length).toBeGreaterThanOrEqual(3)
    const storyboard = await scenesOf(project.id)
    const total = storyboard.reduce((sum, s) => sum + (s.suggestedDuration ?? 0), 0)
    expect(Math.abs(total - 30)).toBeLessThanOrEqual(0.5)
    expect(
      (await payload.findByID({ collection: 'projects', id: project.id })).characterDescription,
    ).toMatch(/coupé/)

    // The second scene starts from the last frame of the first one's clip.
    expect(
      (
        await memberApi.patch(`/projects/${project.id}/scenes/${scenes[1]!.id}`, {
          json: { useSeedFrame: true },
        })
      ).status,
    ).toBe(200)

    for (const scene of scenes) {
      const res = await memberApi.post('/generate-image', { json: { sceneId: scene.id } })
      expect(res.status).toBe(202)
      expect((await asJson(res)).jobId).toBeTruthy()
    }
    await drainJobs()
    // A second image for the first scene is selected; selecting the first one again through
    // Payload's REST API unselects the second: one selected image per scene.
    expect(
      (
        await memberApi.post('/generate-image', {
          json: { sceneId: scenes[0]!.id, prompt: 'Another take' },
        })
      ).status,
    ).toBe(202)
    await drainJobs()
    const imagesOfFirstScene = async () =>
      (
        await payload.find({
          collection: 'generated-images',
          where: { scene: { equals: scenes[0]!.id } },
          sort: 'createdAt',
          depth: 0,
        })
      ).docs
    const images = await imagesOfFirstScene()
    expect(images.map((i) => i.isSelected)).toEqual([false, true])
    expect(
      (await memberApi.patch(`/generated-images/${images[0]!.id}`, { json: { isSelected: true } }))
        .status,
    ).toBe(200)
    const reselected = await imagesOfFirstScene()
    expect(reselected.map((i) => i.isSelected)).toEqual([true, false])

    // Clips go in order: a seed frame needs the previous scene's clip.
    for (const scene of scenes) {
      expect(
        (await memberApi.post('/generate-video', { json: { sceneId: scene.id } })).status,
      ).toBe(202)
      await drainJobs()
    }
    const ready = await asJson(await memberApi.get(`/projects/${project.id}/status`))
    expect(ready.scenes.map((s: { status: string }) => s.status)).toEqual(
      scenes.map(() => 'VIDEO_READY'),
    )
    expect(
      (
        await payload.count({
          collection: 'seed-frames',
          where: { scene: { equals: scenes[1]!.id } },
        })
      ).totalDocs,
    ).toBe(1)

    // A timeline with trims: full first clip, a cut of the second, the start of the third.
    const cuts = [
      { trimStart: 0, trimEnd: storyboard[0]!.suggestedDuration! },
      { trimStart: 1, trimEnd: 4.5 },
      { trimStart: 0, trimEnd: 2 },
    ]
    let startTime = 0
    for (const [order, cut] of cuts.entries()) {
      const duration = cut.trimEnd - cut.trimStart
      const res = await memberApi.post('/timeline-clips', {
        json: { project: project.id, scene: scenes[order]!.id, order, startTime, duration, ...cut },
      })
      expect(res.status).toBe(201)
      startTime += duration
    }
    expect(
      (await memberApi.post('/stitch-videos', { json: { projectId: project.id } })).status,
    ).toBe(202)
    await drainJobs()

    const done = await payload.findByID({ collection: 'projects', id: project.id, depth: 0 })
    expect(done.status).toBe('COMPLETED')
    expect(done.finalVideoS3Key).toBe(`projects/${project.id}/final/video.mp4`)
    const file = path.join(process.env.MEDIA_DIR!, done.finalVideoS3Key!)
    expect(fs.existsSync(file)).toBe(true)
    const final = await probe(file)
    expect(final).toMatchObject({
      hasVideo: true,
      hasAudio: true,
      videoCodec: 'h264',
      audioCodec: 'aac',
    })
    expect(Math.abs(final.durationSeconds! - startTime)).toBeLessThanOrEqual(0.1)
    const status = await asJson(await memberApi.get(`/projects/${project.id}/status`))
    expect(status).toMatchObject({ stage: 'COMPLETED', progress: 100 })
    // The scenes in the film are done too: no bar stays at "clip ready".
    expect(status.scenes.map((s: { status: string }) => s.status)).toEqual(
      scenes.map(() => 'COMPLETED'),
    )
    expect(status.scenes.map((s: { progress: number }) => s.progress)).toEqual(
      scenes.map(() => 100),
    )

    // The film is served through access control.
    expect((await memberApi.get(done.finalVideoUrl!.replace(/^\/api/, ''))).status).toBe(200)

    // Deleting the project removes every stored object under it.
    expect((await memberApi.delete(`/projects/${project.id}`)).status).toBe(200)
    expect(
      fs.existsSync(path.join(process.env.MEDIA_DIR!, 'projects', project.id))
        ? fs
            .readdirSync(path.join(process.env.MEDIA_DIR!, 'projects', project.id), {
              recursive: true,
            })
            .filter((f) => String(f).includes('.'))
        : [],
    ).toEqual([])
  })

  it('a project deleted before its storyboard was written: the job ends without an error', async () => {
    const { memberApi } = await createTenant()
    const created = await memberApi.post('/projects', {
      json: { name: 'Gone', prompt: 'A car that never was', targetDuration: 15 },
    })
    const project = (await asJson(created)).doc
    expect((await memberApi.delete(`/projects/${project.id}`)).status).toBe(200)
    await drainJobs()
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.projectId': { equals: project.id } },
    })
    // Completed jobs are removed; a failed one would stay, with its error.
    expect(docs.map((job) => [job.taskSlug, job.error])).toEqual([])
  })

  it('answers generation requests with clear 4xx for bad or foreign input', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const project = (
      await asJson(
        await a.memberApi.post('/projects', {
          json: { name: 'P', prompt: 'p', targetDuration: 15 },
        }),
      )
    ).doc
    const scene = (
      await asJson(
        await a.memberApi.post(`/projects/${project.id}/scenes`, { json: { sceneTitle: 'Only' } }),
      )
    ).doc
    expect(
      (await a.memberApi.post('/generate-video', { json: { sceneId: scene.id } })).status,
    ).toBe(409)
    expect(
      (await a.memberApi.post('/stitch-videos', { json: { projectId: project.id } })).status,
    ).toBe(409)
    expect((await a.memberApi.post('/generate-image', { json: { sceneId: 'nope' } })).status).toBe(
      400,
    )
    expect((await a.memberApi.post('/generate-image', { json: {} })).status).toBe(400)
    expect((await b.adminApi.post('/generate-image', { json: { sceneId: scene.id } })).status).toBe(
      404,
    )
    expect(
      (await b.adminApi.post('/stitch-videos', { json: { projectId: project.id } })).status,
    ).toBe(404)
    expect((await b.adminApi.get(`/projects/${project.id}/status`)).status).toBe(404)
    expect((await a.adminApi.post('/generate-image', { json: { sceneId: scene.id } })).status).toBe(
      202,
    )
  })
})
