import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { corruptPdfBytes, encryptedPdfBytes, formWith, pngBytes } from '../helpers/media'
import { newEquipment, uploadManual } from '../helpers/training'
import { renderManualPdf } from '../../plugins/training/services/manualPdf'

const mediaDir = () => process.env.MEDIA_DIR!

const MANUAL = [
  'Rational SCC 101 service manual. Safety: switch off the oven at the main isolator and let the cooking cabinet cool below 40 °C.',
  'Door replacement. Open the door to 90 degrees. Remove the four Torx T20 screws of the upper hinge cover. Lift the door off both hinge pins.',
  'Fit the new door on the hinge pins. Tighten the hinge bolts to 12 Nm. Check the door gasket seals evenly all around.',
]

type Tenant = Awaited<ReturnType<typeof createTenant>>

const filesOf = async (equipmentId: string) =>
  (
    await payload.count({
      collection: 'equipment-files',
      where: { equipment: { equals: equipmentId } },
    })
  ).totalDocs

/** Equipment with its service manual uploaded and read during the upload (pages indexed). */
async function equipmentWithManual(tenant: Tenant) {
  const equipmentId = await newEquipment(tenant.memberApi)
  const manual = await uploadManual(tenant.memberApi, equipmentId, {
    title: 'Rational SCC 101',
    pages: MANUAL,
    fileName: 'scc101-manual.pdf',
  })
  return { equipmentId, manualId: manual.id }
}

describe('TrainAI routes (the second seed document), per persona', () => {
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

  it('creates, lists and reads equipment in snake_case, tenant-scoped', async () => {
    expect((await anonymous.post('/equipment', { json: { name: 'Oven' } })).status).toBe(401)
    expect((await a.memberApi.post('/equipment', { json: { name: '  ' } })).status).toBe(400)
    expect(
      (await a.memberApi.post('/equipment', { json: { name: 'Oven', company: b.company.id } }))
        .status,
    ).toBe(400)

    const created = await a.memberApi.post('/equipment', { json: { name: 'Rational SCC 101' } })
    expect(created.status).toBe(201)
    const equipment = await asJson(created)
    expect(Object.keys(equipment).sort()).toEqual(['created_at', 'id', 'name', 'updated_at'])
    const equipmentId = equipment.id

    expect(
      (await asJson(await a.adminApi.get('/equipment'))).equipment.map((e: { id: string }) => e.id),
    ).toEqual([equipmentId])
    expect((await asJson(await b.adminApi.get('/equipment'))).equipment).toEqual([])
    expect((await b.adminApi.get(`/equipment/${equipmentId}`)).status).toBe(404)
    expect((await a.adminApi.get('/equipment/not-a-uuid')).status).toBe(404)
    expect((await anonymous.get('/equipment')).status).toBe(401)
  })

  it('uploads manuals and images (multipart), sniffs them and refuses unreadable PDFs', async () => {
    const equipmentId = await newEquipment(a.memberApi)
    const manual = await renderManualPdf('Rational SCC 101', MANUAL)
    const upload = await a.memberApi.post(`/equipment/${equipmentId}/files`, {
      form: formWith(
        { file_type: 'manual' },
        { bytes: manual, name: 'scc101-manual.pdf', type: 'application/pdf' },
      ),
    })
    expect(upload.status).toBe(201)
    const file = await asJson(upload)
    expect(file).toMatchObject({
      equipment_id: equipmentId,
      file_type: 'manual',
      file_name: 'scc101-manual.pdf',
      extraction_status: 'done',
    })
    expect(file.file_url).toBeTruthy()
    expect(file.uploaded_at).toBeTruthy()
    const manualId = file.id
    expect(
      fs.existsSync(
        path.join(
          mediaDir(),
          `companies/${a.company.id}/equipment/${equipmentId}/manuals/${file.id}.pdf`,
        ),
      ),
    ).toBe(true)

    // No file_type: the content decides (a PNG is an image).
    const image = await asJson(
      await a.memberApi.post(`/equipment/${equipmentId}/files`, {
        form: formWith(
          {},
          { bytes: await pngBytes('#888888'), name: 'front.png', type: 'image/png' },
        ),
      }),
    )
    expect(image).toMatchObject({ file_type: 'image', file_name: 'front.png' })

    const refused: Array<{
      fields: Record<string, string>
      bytes: Buffer
      name: string
      message: RegExp
    }> = [
      {
        fields: { file_type: 'manual' },
        bytes: await pngBytes(),
        name: 'manual.pdf',
        message: /expected pdf/,
      },
      {
        fields: { file_type: 'manual' },
        bytes: await encryptedPdfBytes(),
        name: 'locked.pdf',
        message: /password-protected/,
      },
      {
        fields: { file_type: 'manual' },
        bytes: corruptPdfBytes(),
        name: 'broken.pdf',
        message: /not a readable PDF/,
      },
      { fields: { file_type: 'video' }, bytes: manual, name: 'x.pdf', message: /file_type/ },
      {
        fields: {},
        bytes: Buffer.from('just some text'),
        name: 'notes.txt',
        message: /not a PDF manual, an image or a 3D model/,
      },
    ]
    for (const bad of refused) {
      const res = await a.memberApi.post(`/equipment/${equipmentId}/files`, {
        form: formWith(bad.fields, { bytes: bad.bytes, name: bad.name }),
      })
      expect(res.status, bad.name).toBe(400)
      expect((await asJson(res)).errors[0].message).toMatch(bad.message)
    }
    expect(
      (
        await a.memberApi.post(`/equipment/${equipmentId}/files`, {
          form: formWith({ file_type: 'manual' }),
        })
      ).status,
    ).toBe(400)
    // Nothing half-written: only the two accepted files exist.
    expect(await filesOf(equipmentId)).toBe(2)
    expect(
      fs.readdirSync(
        path.join(mediaDir(), `companies/${a.company.id}/equipment/${equipmentId}/manuals`),
      ),
    ).toEqual([`${manualId}.pdf`])

    expect(
      (
        await b.adminApi.post(`/equipment/${equipmentId}/files`, {
          form: formWith({}, { bytes: manual, name: 'm.pdf' }),
        })
      ).status,
    ).toBe(404)
    // The file URL serves the company, and is not found for anyone else.
    const fileUrl = String(file.file_url).replace(/^\/api/, '')
    expect((await a.adminApi.get(fileUrl)).status).toBe(200)
    expect((await b.adminApi.get(fileUrl)).status).toBe(404)

    // Read during the upload (a small manual); its queued job then finds nothing left to do.
    await drainJobs()
    const detail = await asJson(await a.memberApi.get(`/equipment/${equipmentId}`))
    expect(detail.name).toBe('Rational SCC 101')
    expect(
      detail.files.map((f: { id: string; extraction_status: string | null }) => [
        f.id,
        f.extraction_status,
      ]),
    ).toEqual([
      [manualId, 'done'],
      [image.id, null],
    ])
    const pages = await payload.find({
      collection: 'manual-pages',
      where: { file: { equals: manualId } },
      sort: 'page',
      depth: 0,
    })
    expect(pages.docs.map((p) => p.page)).toEqual([1, 2, 3])
    expect(pages.docs[1]!.text).toContain('Torx T20')
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

  it('deletes files (and their index), videos and equipment with their stored objects', async () => {
    const { equipmentId, manualId } = await equipmentWithManual(a)
    const video = await asJson(
      await a.memberApi.post('/videos', { json: { prompt: 'Door', equipment_id: equipmentId } }),
    )
    expect((await b.adminApi.delete(`/videos/${video.id}`)).status).toBe(404)
    expect((await a.memberApi.delete(`/videos/${video.id}`)).status).toBe(200)
    expect((await a.memberApi.get(`/videos/${video.id}`)).status).toBe(404)
    expect(
      (await payload.count({ collection: 'scenes', where: { project: { equals: video.id } } }))
        .totalDocs,
    ).toBe(0)

    expect((await b.adminApi.delete(`/equipment/files/${manualId}`)).status).toBe(404)
    expect((await a.memberApi.delete(`/equipment/files/${manualId}`)).status).toBe(200)
    expect(
      (await payload.count({ collection: 'manual-pages', where: { file: { equals: manualId } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      fs.existsSync(
        path.join(
          mediaDir(),
          `companies/${a.company.id}/equipment/${equipmentId}/manuals/${manualId}.pdf`,
        ),
      ),
    ).toBe(false)

    expect((await b.adminApi.delete(`/equipment/${equipmentId}`)).status).toBe(404)
    expect((await a.adminApi.delete(`/equipment/${equipmentId}`)).status).toBe(200)
    expect((await a.adminApi.get(`/equipment/${equipmentId}`)).status).toBe(404)
    expect(await filesOf(equipmentId)).toBe(0)
    const folder = path.join(mediaDir(), `companies/${a.company.id}/equipment/${equipmentId}`)
    const left = fs.existsSync(folder)
      ? fs
          .readdirSync(folder, { recursive: true })
          .filter((entry) => fs.statSync(path.join(folder, String(entry))).isFile())
      : []
    expect(left).toEqual([])
  })
})
