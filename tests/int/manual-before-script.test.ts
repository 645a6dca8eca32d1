import { PDFDocument } from 'pdf-lib'
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { withEnv } from '../helpers/env'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { formWith } from '../helpers/media'
import { newEquipment, uploadManual } from '../helpers/training'
import { extractManual } from '../../plugins/training/tasks/extractManual'
import { renderManualPdf } from '../../plugins/training/services/manualPdf'

/**
 * A video written right after a manual's upload is grounded in that manual: the upload reads a
 * small manual before it answers, and `POST /api/videos` reads (or waits for) any manual still
 * pending — within a bound, with a clear answer past it, never a silent generic script.
 */

const MANUAL = [
  'Combi steamer CS-7 service manual. Safety: isolate the mains supply and let the cabinet cool below 40 °C.',
  'Descaling the steam generator. Remove the four M5 screws of the rear service panel. Fill the generator with 2 litres of descaler.',
  'Run the descaling cycle for 45 minutes, then rinse twice and refit the rear panel, tightening the screws to 3 Nm.',
]
const PROMPT = { prompt: 'Descale the steam generator', task_type: 'Descaling' }

type Tenant = Awaited<ReturnType<typeof createTenant>>
let tenant: Tenant

beforeAll(async () => {
  tenant = await createTenant('manuals')
})

/** A manual stored the way the admin panel stores it (Payload's REST create): its job is queued, not run. */
async function manualThroughPayloadRest(equipmentId: string, bytes: Uint8Array, name: string) {
  const res = await tenant.memberApi.post('/equipment-files', {
    form: formWith(
      { _payload: JSON.stringify({ equipment: equipmentId, fileType: 'manual' }) },
      { bytes, name, type: 'application/pdf' },
    ),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  const { doc } = await asJson(res)
  expect(doc.extractionStatus).toBe('pending')
  return doc.id as string
}

const citedFiles = (video: { scenes: Array<{ sources: Array<{ file_id: string }> }> }) =>
  new Set(video.scenes.flatMap((s) => s.sources.map((source) => source.file_id)))
const pagesOf = async (fileId: string) =>
  (
    await payload.find({
      collection: 'manual-pages',
      where: { file: { equals: fileId } },
      sort: 'page',
      pagination: false,
      depth: 0,
    })
  ).docs.map((p) => p.page)

describe('a manual is read before a script is written from it', () => {
  it('upload a manual, then at once POST /api/videos: the scenes cite it', async () => {
    const equipmentId = await newEquipment(tenant.memberApi, 'Combi steamer CS-7')
    const manual = await uploadManual(tenant.memberApi, equipmentId, {
      title: 'CS-7',
      pages: MANUAL,
      fileName: 'cs7-manual.pdf',
    })

    const res = await tenant.memberApi.post('/videos', {
      json: { ...PROMPT, equipment_id: equipmentId },
    })
    expect(res.status).toBe(201)
    const video = await asJson(res)
    expect(video.generic_script).toBe(false)
    expect(video.unreadable_manuals).toEqual([])
    expect([...citedFiles(video)]).toEqual([manual.id])
    expect(
      video.scenes.map((s: { voiceover_text: string }) => s.voiceover_text).join(' '),
    ).toContain('M5 screws')

    // The queued extraction job finds the work done: the pages are there once, not twice.
    await drainJobs()
    expect(await pagesOf(manual.id)).toEqual([1, 2, 3])
  })

  it('a manual whose job has not run yet is read by POST /api/videos itself', async () => {
    const equipmentId = await newEquipment(tenant.memberApi, 'Combi steamer CS-7 (admin upload)')
    const manualId = await manualThroughPayloadRest(
      equipmentId,
      await renderManualPdf('CS-7', MANUAL),
      'cs7-admin.pdf',
    )

    const video = await asJson(
      await tenant.memberApi.post('/videos', { json: { ...PROMPT, equipment_id: equipmentId } }),
    )
    expect(video.generic_script).toBe(false)
    expect([...citedFiles(video)]).toEqual([manualId])
    expect(
      (await payload.findByID({ collection: 'equipment-files', id: manualId })).extractionStatus,
    ).toBe('done')
    await drainJobs()
    expect(await pagesOf(manualId)).toEqual([1, 2, 3])
  })

  it('when the wait runs out: a clear 503 naming the manual, nothing stored; the next try is grounded', async () => {
    const equipmentId = await newEquipment(tenant.memberApi, 'Combi steamer CS-7 (slow manual)')
    const manualId = await manualThroughPayloadRest(
      equipmentId,
      await renderManualPdf('CS-7', MANUAL),
      'cs7-slow.pdf',
    )
    // Someone else is reading this manual (its job, say) and holds it for as long as we like.
    const reader = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await reader.connect()
    await reader.query('BEGIN')
    await reader.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`extractManual:${manualId}`])
    try {
      const before = await payload.count({ collection: 'projects' })
      const res = await withEnv({ MANUAL_WAIT_SECONDS: '1' }, () =>
        tenant.memberApi.post('/videos', { json: { ...PROMPT, equipment_id: equipmentId } }),
      )
      expect(res.status).toBe(503)
      expect((await asJson(res)).errors[0].message).toBe(
        'The manual "cs7-slow.pdf" is still being read (waited 1 s). Nothing was created: try again in a minute, and the script will be grounded in it.',
      )
      expect((await payload.count({ collection: 'projects' })).totalDocs).toBe(before.totalDocs)
    } finally {
      await reader.query('COMMIT')
      await reader.end()
    }
    const video = await asJson(
      await tenant.memberApi.post('/videos', { json: { ...PROMPT, equipment_id: equipmentId } }),
    )
    expect([...citedFiles(video)]).toEqual([manualId])
    expect(await pagesOf(manualId)).toEqual([1, 2, 3])
  })

  it('readers of one manual at once take turns: its pages are indexed once', async () => {
    const equipmentId = await newEquipment(tenant.memberApi, 'Combi steamer CS-7 (busy)')
    const manualId = await manualThroughPayloadRest(
      equipmentId,
      await renderManualPdf('CS-7', MANUAL),
      'cs7-busy.pdf',
    )
    await Promise.all([
      extractManual(payload, manualId),
      extractManual(payload, manualId),
      extractManual(payload, manualId),
      drainJobs(),
    ])
    expect(await pagesOf(manualId)).toEqual([1, 2, 3])
  })

  it('a manual without readable text: the video says the script could not use it, and why', async () => {
    const equipmentId = await newEquipment(tenant.memberApi, 'Combi steamer CS-7 (scanned manual)')
    const blank = await PDFDocument.create()
    blank.addPage()
    const manualId = await manualThroughPayloadRest(equipmentId, await blank.save(), 'scanned.pdf')
    const video = await asJson(
      await tenant.memberApi.post('/videos', { json: { ...PROMPT, equipment_id: equipmentId } }),
    )
    expect(video.generic_script).toBe(true)
    expect(video.unreadable_manuals).toEqual([
      {
        file_id: manualId,
        file_name: 'scanned.pdf',
        reason: 'The PDF has no extractable text (scanned pages are not read yet).',
      },
    ])
  })
})
