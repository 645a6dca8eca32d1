import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { corruptPdfBytes, encryptedPdfBytes, formWith, pngBytes } from '../helpers/media'
import { equipmentWithManual, filesOf, newEquipment, SCC101_MANUAL } from '../helpers/training'
import { renderManualPdf } from '../../plugins/training/services/manualPdf'

/** The TrainAI document's equipment and file routes; videos and scenes: trainai-videos.test.ts. */
const mediaDir = () => process.env.MEDIA_DIR!

type Tenant = Awaited<ReturnType<typeof createTenant>>

describe('TrainAI equipment routes (the second seed document), per persona', () => {
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
    const manual = await renderManualPdf('Rational SCC 101', SCC101_MANUAL)
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
