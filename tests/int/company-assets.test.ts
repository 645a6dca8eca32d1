import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant } from '../helpers/fixtures'
import { formWith, pngBytes } from '../helpers/media'

const mediaDir = process.env.MEDIA_DIR!

describe('company assets on local disk', () => {
  it('stores a logo at the seed key and deletes the object with the asset', async () => {
    const { adminApi, company } = await createTenant()
    const res = await adminApi.post(`/companies/${company.id}/assets`, {
      form: formWith({ type: 'LOGO' }, { bytes: await pngBytes(), name: 'brand logo.png', type: 'image/png' }),
    })
    expect(res.status).toBe(201)
    const { doc } = await asJson(res)
    expect(doc).toMatchObject({ type: 'LOGO', originalFilename: 'brand logo.png', filename: `${doc.id}.png`, mimeType: 'image/png' })
    const stored = path.join(mediaDir, `companies/${company.id}/assets/logos/${doc.id}.png`)
    expect(fs.existsSync(stored)).toBe(true)

    const del = await adminApi.delete(`/companies/${company.id}/assets/${doc.id}`)
    expect(del.status).toBe(200)
    expect(fs.existsSync(stored)).toBe(false)
  })
})
