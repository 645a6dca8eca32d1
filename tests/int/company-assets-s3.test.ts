import { afterAll, describe, expect, it } from 'vitest'

import { startS3 } from '../helpers/s3'
import { formWith, pngBytes } from '../helpers/media'

// Storage is chosen when the config loads: start S3 and set its environment first.
const s3 = await startS3()
const { createTenant } = await import('../helpers/fixtures')
const { asJson } = await import('../helpers/api')

afterAll(() => s3.stop())

describe('company assets on S3', () => {
  it('stores logos and colour schemes at the seed keys and removes them on delete', async () => {
    const { adminApi, memberApi, company } = await createTenant()
    const logo = await asJson(
      await adminApi.post(`/companies/${company.id}/assets`, {
        form: formWith(
          { type: 'LOGO' },
          { bytes: await pngBytes(), name: 'logo.png', type: 'image/png' },
        ),
      }),
    )
    const scheme = await asJson(
      await adminApi.post(`/companies/${company.id}/assets`, {
        form: formWith({
          type: 'COLOR_SCHEME',
          value: JSON.stringify({ primary: '#0A84FF', accent: '#FF9F0A' }),
        }),
      }),
    )
    const root = `companies/${company.id}/assets`
    expect(await s3.keys(root)).toEqual(
      [
        `${root}/color-schemes/${scheme.doc.id}.json`,
        `${root}/logos/${logo.doc.id}.png`,
        `${root}/logos/${logo.doc.id}-64x64.png`,
      ].sort(),
    )

    // The file URL goes through Payload's access control: a member reads the object's bytes.
    const file = await memberApi.get(`/company-assets/file/${scheme.doc.filename}`)
    expect(file.status).toBe(200)
    expect(await file.json()).toEqual({ primary: '#0A84FF', accent: '#FF9F0A' })

    expect((await adminApi.delete(`/companies/${company.id}/assets/${logo.doc.id}`)).status).toBe(
      200,
    )
    expect(await s3.keys(root)).toEqual([`${root}/color-schemes/${scheme.doc.id}.json`])
  })
})
