import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { formWith } from '../helpers/media'
import { equipmentWithManual, newEquipment } from '../helpers/training'

/** The TrainAI document's video and scene routes; equipment and files: trainai-equipment.test.ts. */
type Tenant = Awaited<ReturnType<typeof createTenant>>

describe('TrainAI video and scene routes (the second seed document), per persona', () => {
  // Each test has a company of its own (A) and makes what it needs; B only ever looks in from outside.
  let a: Tenant
  let b: Tenant
  const anonymous = new ApiClient()

  beforeAll(async () => {
    b = await createTenant('trainai-b')
  })
  beforeEach(async () => {
    a = await createTenant('trainai-a')
  })

  it('creates a video with 3–5 scenes grounded in the manual before answering', async () => {
    const { equipmentId, manualId } = await equipmentWithManual(a)
    expect((await a.memberApi.post('/videos', { json: { prompt: '' } })).status).toBe(400)
    expect(
      (await a.memberApi.post('/videos', { json: { prompt: 'x'.repeat(10 * 1024 * 1024) } }))
        .status,
    ).toBe(400)
    expect(
      (
        await a.memberApi.post('/videos', {
          json: { prompt: 'Door', equipment_id: '6f1c1d4e-8a57-4c0e-9d8a-2b9f0f3a1c11' },
        })
      ).status,
    ).toBe(404)
    expect(
      (await b.memberApi.post('/videos', { json: { prompt: 'Door', equipment_id: equipmentId } }))
        .status,
    ).toBe(404)
    expect((await anonymous.post('/videos', { json: { prompt: 'Door' } })).status).toBe(401)
    const before = await payload.count({ collection: 'projects' })

    const res = await a.memberApi.post('/videos', {
      json: {
        prompt: 'Door replacement on a Rational SCC 101',
        equipment_id: equipmentId,
        task_type: 'Door Replacement',
      },
    })
    expect(res.status).toBe(201)
    const video = await asJson(res)
    expect(video).toMatchObject({
      equipment_id: equipmentId,
      title: 'Door Replacement — Rational SCC 101',
      prompt: 'Door replacement on a Rational SCC 101',
      equipment_model: 'Rational SCC 101',
      task_type: 'Door Replacement',
      status: 'processing',
      video_url: null,
      generic_script: false,
    })
    for (const key of ['id', 'created_at', 'updated_at']) expect(video[key]).toBeTruthy()
    expect(video.scenes.length).toBeGreaterThanOrEqual(3)
    expect(video.scenes.length).toBeLessThanOrEqual(5)
    expect(video.scenes.map((s: { sequence_order: number }) => s.sequence_order)).toEqual(
      video.scenes.map((_: unknown, i: number) => i + 1),
    )
    expect(Object.keys(video.scenes[0]).sort()).toEqual([
      // The document's scene fields, and what the editor shows beside them.
      'citations',
      'created_at',
      'duration',
      'id',
      'narration_url',
      'screenshot_url',
      'sequence_order',
      'sources',
      'updated_at',
      'video_id',
      'voiceover_text',
    ])
    const narration = video.scenes
      .map((s: { voiceover_text: string }) => s.voiceover_text)
      .join(' ')
    expect(narration).toContain('Torx T20')
    expect(narration).toContain('12 Nm')
    const cited = video.scenes.find((s: { voiceover_text: string }) =>
      s.voiceover_text.includes('12 Nm'),
    )
    expect(cited.sources).toContainEqual({ file_id: manualId, page: 3 })
    expect((await payload.count({ collection: 'projects' })).totalDocs).toBe(before.totalDocs + 1)

    // Without manuals, a generic procedure that says so.
    const generic = await asJson(
      await a.memberApi.post('/videos', {
        json: { prompt: 'Replace the fan motor', equipment_model: 'Unknown Oven 9000' },
      }),
    )
    expect(generic).toMatchObject({
      generic_script: true,
      equipment_id: null,
      equipment_model: 'Unknown Oven 9000',
      title: 'Fan Motor Replacement — Unknown Oven 9000',
    })
    expect(generic.scenes.length).toBeGreaterThanOrEqual(3)
    expect(generic.scenes.every((s: { sources: unknown[] }) => s.sources.length === 0)).toBe(true)

    // Lists, filters, reads — only within the company; a marketing project is not a video.
    const listed = await asJson(await a.adminApi.get('/videos?status=processing'))
    expect(listed.videos.map((v: { id: string }) => v.id)).toEqual([generic.id, video.id])
    expect((await asJson(await a.adminApi.get('/videos?status=completed'))).videos).toEqual([])
    expect(
      (await asJson(await a.adminApi.get(`/videos?equipment_id=${equipmentId}`))).videos.map(
        (v: { id: string }) => v.id,
      ),
    ).toEqual([video.id])
    expect((await a.adminApi.get('/videos?status=done')).status).toBe(400)
    expect((await asJson(await b.adminApi.get('/videos'))).videos).toEqual([])
    expect((await b.adminApi.get(`/videos/${video.id}`)).status).toBe(404)
    expect((await b.adminApi.get(`/videos/${video.id}/scenes`)).status).toBe(404)
    const marketing = await payload.create({
      collection: 'projects',
      data: {
        name: 'Ad',
        prompt: 'An ad',
        targetDuration: 15,
        company: a.company.id,
        owner: a.member.id,
      },
      context: { skipStoryboard: true },
    })
    expect((await a.adminApi.get(`/videos/${marketing.id}`)).status).toBe(404)

    const read = await asJson(await a.adminApi.get(`/videos/${video.id}`))
    expect(read.scenes).toEqual(video.scenes)
    expect((await asJson(await a.adminApi.get(`/videos/${video.id}/scenes`))).scenes).toEqual(
      video.scenes,
    )

    // The same data through Payload's REST and GraphQL, scoped the same way.
    const rest = await asJson(await a.memberApi.get(`/projects/${video.id}?depth=0`))
    expect(rest).toMatchObject({
      kind: 'training',
      equipment: equipmentId,
      equipmentModel: 'Rational SCC 101',
      taskType: 'Door Replacement',
    })
    const query = `{ Projects(where: { kind: { equals: training } }) { docs { id equipmentModel } } }`
    expect(
      (await a.adminApi.graphql(query)).body.data.Projects.docs
        .map((d: { id: string }) => d.id)
        .sort(),
    ).toEqual([generic.id, video.id].sort())
    expect((await b.adminApi.graphql(query)).body.data.Projects.docs).toEqual([])
    // Another company's equipment cannot be attached through Payload's REST either.
    const foreign = await b.adminApi.post('/projects', {
      json: { name: 'x', prompt: 'x', kind: 'training', equipment: equipmentId },
    })
    expect(foreign.status).toBe(404)
  })

  it('edits voiceover text (idempotent, snake_case) and deletes scenes with renumbering', async () => {
    const equipmentId = await newEquipment(a.memberApi)
    const video = await asJson(
      await a.memberApi.post('/videos', {
        json: { prompt: 'Door replacement', equipment_id: equipmentId },
      }),
    )
    const [first, second] = video.scenes
    const adminsVideo = await asJson(
      await a.adminApi.post('/videos', { json: { prompt: 'Clean the fan' } }),
    )
    const adminsVideoId = () => adminsVideo.id as string
    const edited = await a.memberApi.patch(`/scenes/${first.id}`, {
      json: { voiceover_text: 'Switch the oven off at the isolator.' },
    })
    expect(edited.status).toBe(200)
    const scene = await asJson(edited)
    expect(scene).toMatchObject({
      id: first.id,
      video_id: video.id,
      sequence_order: 1,
      voiceover_text: 'Switch the oven off at the isolator.',
    })

    // Auto-save on blur repeats itself: the same text again changes nothing (no new version).
    const versions = async () =>
      (
        await payload.countVersions({
          collection: 'scenes',
          where: { parent: { equals: first.id } },
        })
      ).totalDocs
    const count = await versions()
    const again = await asJson(
      await a.memberApi.patch(`/scenes/${first.id}`, {
        json: { voiceover_text: 'Switch the oven off at the isolator.' },
      }),
    )
    expect(again.updated_at).toBe(scene.updated_at)
    expect(await versions()).toBe(count)

    const bad = [
      { json: { voiceover_text: '' }, status: 400 },
      { json: { voiceover_text: 'x'.repeat(5001) }, status: 400 },
      { json: { voiceover_text: 'ok', sequence_order: 3 }, status: 400 },
      { json: { duration: -1 }, status: 400 },
      // A scene cannot be moved to another video.
      { json: { voiceover_text: 'ok', video_id: adminsVideoId() }, status: 400 },
    ]
    for (const { json, status } of bad)
      expect((await a.memberApi.patch(`/scenes/${first.id}`, { json })).status).toBe(status)
    const huge = await a.memberApi.patch(`/scenes/${first.id}`, {
      json: { voiceover_text: 'x'.repeat(10 * 1024 * 1024) },
    })
    expect(huge.status).toBe(413)
    expect(
      (
        await a.memberApi.patch(`/scenes/${first.id}`, {
          raw: '{not json',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400)
    expect(
      (await b.adminApi.patch(`/scenes/${first.id}`, { json: { voiceover_text: 'mine now' } }))
        .status,
    ).toBe(404)
    expect(
      (
        await a.memberApi.patch('/scenes/6f1c1d4e-8a57-4c0e-9d8a-2b9f0f3a1c11', {
          json: { voiceover_text: 'x' },
        })
      ).status,
    ).toBe(404)

    // Same company, but only the video's owner or an ADMIN edits it.
    expect(
      (
        await a.memberApi.patch(`/scenes/${adminsVideo.scenes[0].id}`, {
          json: { voiceover_text: 'x' },
        })
      ).status,
    ).toBe(403)
    expect((await a.adminApi.patch(`/scenes/${first.id}`, { json: { duration: 6 } })).status).toBe(
      200,
    )
    expect(
      (await asJson(await a.memberApi.get(`/videos/${video.id}/scenes`))).scenes[0],
    ).toMatchObject({ duration: 6, voiceover_text: 'Switch the oven off at the isolator.' })

    // Payload's own update on the same path (admin panel, REST) still works, camelCase in and out.
    const payloadStyle = await a.memberApi.patch(`/scenes/${second.id}`, {
      json: { voiceoverText: 'Open the door fully.' },
    })
    expect(payloadStyle.status).toBe(200)
    expect((await asJson(payloadStyle)).doc).toMatchObject({
      id: second.id,
      voiceoverText: 'Open the door fully.',
    })
    // The admin panel saves as multipart with `_payload`.
    const adminPanel = await a.memberApi.patch(`/scenes/${second.id}`, {
      form: formWith({ _payload: JSON.stringify({ voiceoverText: 'Open the door all the way.' }) }),
    })
    expect(adminPanel.status).toBe(200)
    expect((await asJson(adminPanel)).doc.voiceoverText).toBe('Open the door all the way.')

    expect((await b.adminApi.delete(`/scenes/${first.id}`)).status).toBe(404)
    expect((await a.memberApi.delete(`/scenes/${first.id}`)).status).toBe(200)
    const remaining = (await asJson(await a.memberApi.get(`/videos/${video.id}/scenes`))).scenes
    expect(remaining.map((s: { sequence_order: number }) => s.sequence_order)).toEqual(
      remaining.map((_: unknown, i: number) => i + 1),
    )
    expect(remaining[0].id).toBe(second.id)
  })
})
