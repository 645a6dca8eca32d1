import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { formWith, jpegBytes, pngBytes } from '../helpers/media'

const mediaDir = () => process.env.MEDIA_DIR!
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
    : []

describe('company assets on local disk', () => {
  it('stores a logo at the seed key and deletes the object with the asset', async () => {
    const { adminApi, company } = await createTenant()
    const res = await adminApi.post(`/companies/${company.id}/assets`, {
      form: formWith(
        { type: 'LOGO' },
        { bytes: await pngBytes(), name: 'brand logo.png', type: 'image/png' },
      ),
    })
    expect(res.status).toBe(201)
    const { doc } = await asJson(res)
    expect(doc).toMatchObject({
      type: 'LOGO',
      originalFilename: 'brand logo.png',
      filename: `${doc.id}.png`,
      mimeType: 'image/png',
      width: 64,
      height: 64,
    })
    const stored = path.join(mediaDir(), `companies/${company.id}/assets/logos/${doc.id}.png`)
    expect(fs.existsSync(stored)).toBe(true)

    const del = await adminApi.delete(`/companies/${company.id}/assets/${doc.id}`)
    expect(del.status).toBe(200)
    expect(filesUnder(path.join(mediaDir(), `companies/${company.id}`))).toEqual([])
  })

  it('lets members list and read assets, and only ADMINs of the company change them', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const badge = await asJson(
      await a.adminApi.post(`/companies/${a.company.id}/assets`, {
        form: formWith(
          { type: 'BADGE', value: '{"placement":"bottom-right"}' },
          { bytes: await jpegBytes(), name: 'gt-badge.jpg', type: 'image/jpeg' },
        ),
      }),
    )
    expect(badge.doc).toMatchObject({ type: 'BADGE', value: { placement: 'bottom-right' } })
    expect(
      fs.existsSync(
        path.join(mediaDir(), `companies/${a.company.id}/assets/badges/${badge.doc.id}.jpg`),
      ),
    ).toBe(true)

    const listed = await asJson(await a.memberApi.get(`/companies/${a.company.id}/assets`))
    expect(listed.docs.map((d: { id: string }) => d.id)).toEqual([badge.doc.id])
    expect((await a.memberApi.get(`/company-assets/file/${badge.doc.filename}`)).status).toBe(200)

    // Members read but do not write; other companies see nothing at all.
    const upload = () => formWith({ type: 'LOGO' }, { bytes: Buffer.alloc(0), name: 'x.png' })
    expect(
      (await a.memberApi.post(`/companies/${a.company.id}/assets`, { form: upload() })).status,
    ).toBe(403)
    expect(
      (await a.memberApi.delete(`/companies/${a.company.id}/assets/${badge.doc.id}`)).status,
    ).toBe(403)
    expect((await b.adminApi.get(`/companies/${a.company.id}/assets`)).status).toBe(404)
    expect(
      (await b.adminApi.delete(`/companies/${a.company.id}/assets/${badge.doc.id}`)).status,
    ).toBe(404)
    expect(
      (await b.adminApi.delete(`/companies/${b.company.id}/assets/${badge.doc.id}`)).status,
    ).toBe(404)
    expect((await b.adminApi.get(`/company-assets/${badge.doc.id}`)).status).toBe(404)
    expect(
      (await b.adminApi.patch(`/company-assets/${badge.doc.id}`, { json: { value: {} } })).status,
    ).toBe(404)
    // Another company's file is not found, like a file that does not exist; anonymous callers are refused.
    expect((await b.adminApi.get(`/company-assets/file/${badge.doc.filename}`)).status).toBe(404)
    expect(
      (await a.memberApi.get('/company-assets/file/00000000-0000-4000-8000-000000000000.png'))
        .status,
    ).toBe(404)
    expect((await new ApiClient().get(`/company-assets/file/${badge.doc.filename}`)).status).toBe(
      401,
    )
    expect((await new ApiClient().get(`/companies/${a.company.id}/assets`)).status).toBe(401)
    expect(
      await payload.count({
        collection: 'company-assets',
        where: { company: { equals: a.company.id } },
      }),
    ).toMatchObject({ totalDocs: 1 })
  })

  it('keeps storage coordinates server-side: a client cannot repoint prefix or filename', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const logo = await asJson(
      await a.adminApi.post(`/companies/${a.company.id}/assets`, {
        form: formWith(
          { type: 'LOGO' },
          { bytes: await pngBytes(), name: 'logo.png', type: 'image/png' },
        ),
      }),
    )
    const res = await a.adminApi.patch(`/company-assets/${logo.doc.id}`, {
      json: {
        prefix: `companies/${b.company.id}/assets/logos`,
        filename: 'other.png',
        company: b.company.id,
      },
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({
      collection: 'company-assets',
      id: logo.doc.id,
      depth: 0,
    })
    expect(after).toMatchObject({
      prefix: `companies/${a.company.id}/assets/logos`,
      filename: `${logo.doc.id}.png`,
      company: a.company.id,
    })
  })

  describe('bad input: clear 400, nothing stored', () => {
    const cases: Array<[string, () => Promise<FormData>, RegExp]> = [
      [
        'an executable renamed .png',
        async () =>
          formWith(
            { type: 'LOGO' },
            {
              bytes: Buffer.concat([
                Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]),
                Buffer.alloc(200),
              ]),
              name: 'logo.png',
              type: 'image/png',
            },
          ),
        /file/,
      ],
      [
        'a PNG sent as a font',
        async () => formWith({ type: 'FONT' }, { bytes: await pngBytes(), name: 'brand.woff2' }),
        /expected woff/,
      ],
      [
        'an empty file',
        async () => formWith({ type: 'LOGO' }, { bytes: Buffer.alloc(0), name: 'empty.png' }),
        /empty/,
      ],
      ['a logo without a file', async () => formWith({ type: 'LOGO' }), /needs a file/],
      [
        'an unknown type',
        async () => formWith({ type: 'WATERMARK' }, { bytes: await pngBytes(), name: 'w.png' }),
        /type/,
      ],
      [
        'a colour scheme with a non-hex colour',
        async () => formWith({ type: 'COLOR_SCHEME', value: '{"primary":"blue"}' }),
        /hex/,
      ],
      [
        'a colour scheme that is not JSON',
        async () => formWith({ type: 'COLOR_SCHEME', value: '{primary' }),
        /JSON/,
      ],
      [
        'an empty colour scheme',
        async () => formWith({ type: 'COLOR_SCHEME', value: '{}' }),
        /between 1 and 32/,
      ],
    ]
    it.each(cases)('%s', async (_label, form, message) => {
      const { adminApi, company } = await createTenant()
      const res = await adminApi.post(`/companies/${company.id}/assets`, { form: await form() })
      expect(res.status).toBe(400)
      expect((await asJson(res)).errors[0].message).toMatch(message)
      expect(
        (
          await payload.count({
            collection: 'company-assets',
            where: { company: { equals: company.id } },
          })
        ).totalDocs,
      ).toBe(0)
      expect(filesUnder(path.join(mediaDir(), `companies/${company.id}`))).toEqual([])
    })

    it('a path-traversal filename is refused, and nothing is stored', async () => {
      const { adminApi, company } = await createTenant()
      const res = await adminApi.post(`/companies/${company.id}/assets`, {
        form: formWith(
          { type: 'LOGO' },
          { bytes: await pngBytes(), name: '../../../etc/passwd.png', type: 'image/png' },
        ),
      })
      // A name that is a path says someone is probing: refused, not quietly shortened (issue 13).
      expect(res.status).toBe(400)
      expect((await asJson(res)).errors[0].message).toMatch(/plain name/)
      expect(fs.existsSync(path.join(mediaDir(), `companies/${company.id}/assets`))).toBe(false)
    })

    it('a JSON body instead of multipart', async () => {
      const { adminApi, company } = await createTenant()
      const res = await adminApi.post(`/companies/${company.id}/assets`, { json: { type: 'LOGO' } })
      expect(res.status).toBe(400)
    })
  })
})
