import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { formWith, pngBytes } from '../helpers/media'
import { searchManuals } from '../../plugins/training/services/searchManuals'

const mediaDir = () => process.env.MEDIA_DIR!

describe('training collections (Payload REST) and manual search', () => {
  it('stores equipment files at the seed key, scoped to the company', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const eq = await asJson(
      await a.memberApi.post('/training-equipment', { json: { name: 'Rational SCC 101' } }),
    )
    expect(eq.doc).toMatchObject({ name: 'Rational SCC 101' })
    expect(
      (await new ApiClient().post('/training-equipment', { json: { name: 'x' } })).status,
    ).toBe(403)

    const res = await a.memberApi.post('/equipment-files', {
      form: formWith(
        { _payload: JSON.stringify({ equipment: eq.doc.id, fileType: 'image' }) },
        { bytes: await pngBytes(), name: 'door.png', type: 'image/png' },
      ),
    })
    expect(res.status).toBe(201)
    const file = (await asJson(res)).doc
    expect(file.company).toMatchObject({ id: a.company.id })
    expect(
      fs.existsSync(
        path.join(
          mediaDir(),
          `companies/${a.company.id}/equipment/${eq.doc.id}/images/${file.id}.png`,
        ),
      ),
    ).toBe(true)

    // A PNG is not a manual; another company's equipment does not exist for b.
    const asManual = await a.memberApi.post('/equipment-files', {
      form: formWith(
        { _payload: JSON.stringify({ equipment: eq.doc.id, fileType: 'manual' }) },
        { bytes: await pngBytes(), name: 'manual.pdf', type: 'application/pdf' },
      ),
    })
    expect(asManual.status).toBe(400)
    const foreign = await b.adminApi.post('/equipment-files', {
      form: formWith(
        { _payload: JSON.stringify({ equipment: eq.doc.id, fileType: 'image' }) },
        { bytes: await pngBytes(), name: 'x.png', type: 'image/png' },
      ),
    })
    expect(foreign.status).toBe(404)
    expect((await b.adminApi.get(`/training-equipment/${eq.doc.id}`)).status).toBe(404)
    expect((await b.adminApi.delete(`/equipment-files/${file.id}`)).status).toBe(404)

    // Full-text search over extracted pages, tenant-scoped in SQL.
    await payload.create({
      collection: 'manual-pages',
      data: {
        company: a.company.id,
        equipment: eq.doc.id,
        file: file.id,
        page: 2,
        text: 'Remove the four Torx T20 hinge cover screws. Tighten to 4 Nm.',
      },
      overrideAccess: true,
    })
    const hits = await searchManuals(payload, {
      companyId: a.company.id,
      equipmentId: eq.doc.id,
      query: 'hinge screws torque',
      limit: 3,
    })
    expect(hits).toHaveLength(0) // websearch_to_tsquery ANDs terms; "torque" is not on the page
    const found = await searchManuals(payload, {
      companyId: a.company.id,
      query: 'hinge screws',
      limit: 3,
    })
    expect(found).toEqual([
      expect.objectContaining({ page: 2, fileId: file.id, fileName: 'door.png' }),
    ])
    expect(found[0].rank).toBeGreaterThan(0)
    expect(
      await searchManuals(payload, { companyId: b.company.id, query: 'hinge screws', limit: 3 }),
    ).toEqual([])
  })
})
