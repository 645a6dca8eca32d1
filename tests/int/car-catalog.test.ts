import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createModelWithVariant } from '../helpers/cars'
import { createTenant, payload } from '../helpers/fixtures'
import { elfBytes, formWith, glbBytes, jpegBytes, pngBytes } from '../helpers/media'
import { synthSound } from '../../src/lib/media/synthSound'

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    : []
const companyDir = (companyId: string) => path.join(process.env.MEDIA_DIR!, 'companies', companyId)

describe('car models and variants', () => {
  it('ADMIN creates, reads, renames and lists models; MEMBER reads; other companies see nothing', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const created = await a.adminApi.post(`/companies/${a.company.id}/cars`, {
      json: { name: 'Mustang' },
    })
    expect(created.status).toBe(201)
    const model = (await asJson(created)).doc
    expect(model).toMatchObject({ name: 'Mustang' })

    const variant = await a.adminApi.post(`/cars/${model.id}/variants`, {
      json: { year: 2024, trim: 'GT' },
    })
    expect(variant.status).toBe(201)

    const got = await asJson(await a.memberApi.get(`/cars/${model.id}`))
    expect(got.variants.docs.map((v: any) => `${v.year} ${v.trim}`)).toEqual(['2024 GT'])
    const listed = await asJson(await a.memberApi.get(`/companies/${a.company.id}/cars`))
    expect(listed.docs.map((m: any) => m.name)).toEqual(['Mustang'])

    expect(
      (await a.adminApi.patch(`/cars/${model.id}`, { json: { name: 'Mustang Mach 1' } })).status,
    ).toBe(200)
    expect((await a.memberApi.patch(`/cars/${model.id}`, { json: { name: 'x' } })).status).toBe(403)
    expect(
      (await a.memberApi.post(`/companies/${a.company.id}/cars`, { json: { name: 'x' } })).status,
    ).toBe(403)
    expect(
      (await a.memberApi.post(`/cars/${model.id}/variants`, { json: { year: 2024, trim: 'Base' } }))
        .status,
    ).toBe(403)

    for (const res of [
      await b.adminApi.get(`/cars/${model.id}`),
      await b.adminApi.patch(`/cars/${model.id}`, { json: { name: 'x' } }),
      await b.adminApi.delete(`/cars/${model.id}`),
      await b.adminApi.post(`/cars/${model.id}/variants`, { json: { year: 2024, trim: 'Base' } }),
      await b.adminApi.get(`/companies/${a.company.id}/cars`),
      await b.adminApi.get(`/car-models/${model.id}`),
    ]) {
      expect(res.status).toBe(404)
    }
    expect((await new ApiClient().get(`/cars/${model.id}`)).status).toBe(401)
    expect((await asJson(await b.adminApi.get('/car-models'))).totalDocs).toBe(0)
    const gql = await b.adminApi.graphql(
      '{ CarModels { totalDocs } CarVariants { totalDocs } CarMedias { totalDocs } }',
    )
    expect(gql.body.data).toEqual({
      CarModels: { totalDocs: 0 },
      CarVariants: { totalDocs: 0 },
      CarMedias: { totalDocs: 0 },
    })
  })

  it('answers 401 to anonymous callers on every car route', async () => {
    const { adminApi, company } = await createTenant()
    const { model, variant } = await createModelWithVariant(adminApi, company.id)
    const media = (
      await asJson(
        await adminApi.post(`/cars/variants/${variant.id}/media`, {
          form: formWith({ type: 'EXTERIOR' }, { bytes: await pngBytes(), name: 'e.png' }),
        }),
      )
    ).doc
    const anonymous = new ApiClient()
    const calls: Array<[string, Promise<Response>]> = [
      ['POST cars', anonymous.post(`/companies/${company.id}/cars`, { json: { name: 'x' } })],
      ['GET cars', anonymous.get(`/companies/${company.id}/cars`)],
      ['GET model', anonymous.get(`/cars/${model.id}`)],
      ['PATCH model', anonymous.patch(`/cars/${model.id}`, { json: { name: 'x' } })],
      ['DELETE model', anonymous.delete(`/cars/${model.id}`)],
      [
        'POST variant',
        anonymous.post(`/cars/${model.id}/variants`, { json: { year: 2024, trim: 'x' } }),
      ],
      ['PATCH variant', anonymous.patch(`/cars/variants/${variant.id}`, { json: { trim: 'x' } })],
      ['DELETE variant', anonymous.delete(`/cars/variants/${variant.id}`)],
      [
        'POST media',
        anonymous.post(`/cars/variants/${variant.id}/media`, {
          form: formWith({ type: 'EXTERIOR' }),
        }),
      ],
      ['GET media', anonymous.get(`/cars/variants/${variant.id}/media`)],
      ['DELETE media', anonymous.delete(`/cars/media/${media.id}`)],
    ]
    for (const [label, call] of calls) expect((await call).status, label).toBe(401)
    expect(
      await payload.count({ collection: 'car-media', where: { variant: { equals: variant.id } } }),
    ).toMatchObject({ totalDocs: 1 })
  })

  it('validates bodies, years and duplicate year/trim', async () => {
    const { adminApi, company } = await createTenant()
    const { model, variant } = await createModelWithVariant(adminApi, company.id)
    const cases: Array<[string, unknown, number]> = [
      [`/companies/${company.id}/cars`, { name: '' }, 400],
      [`/companies/${company.id}/cars`, { name: 'X', company: 'other' }, 400],
      [`/cars/${model.id}/variants`, { year: 1700, trim: 'Old' }, 400],
      [`/cars/${model.id}/variants`, { year: new Date().getFullYear() + 3, trim: 'Future' }, 400],
      [`/cars/${model.id}/variants`, { year: '2024', trim: 'GT' }, 400],
      [`/cars/${model.id}/variants`, { year: 2025, trim: 'GT' }, 409],
      [`/cars/not-a-uuid/variants`, { year: 2025, trim: 'GT' }, 404],
      [`/cars/00000000-0000-4000-8000-000000000000/variants`, { year: 2025, trim: 'GT' }, 404],
    ]
    for (const [route, json, status] of cases) {
      const res = await adminApi.post(route, { json })
      expect(res.status, `${route} ${JSON.stringify(json)}`).toBe(status)
      expect((await asJson(res)).errors[0].message).toBeTruthy()
    }
    expect(
      (await adminApi.patch(`/cars/variants/${variant.id}`, { json: { year: 2026 } })).status,
    ).toBe(200)
    expect(
      (await adminApi.patch(`/cars/variants/${variant.id}`, { json: { year: 99 } })).status,
    ).toBe(400)
    expect(
      await payload.count({ collection: 'car-variants', where: { model: { equals: model.id } } }),
    ).toMatchObject({ totalDocs: 1 })
  })
})

describe('car media', () => {
  it('stores each type at the seed key, records image size and sound duration, and lists per variant', async () => {
    const { adminApi, memberApi, company } = await createTenant()
    const { model, variant } = await createModelWithVariant(adminApi, company.id)
    const upload = async (type: string, bytes: Buffer, name: string) => {
      const res = await adminApi.post(`/cars/variants/${variant.id}/media`, {
        form: formWith({ type }, { bytes, name }),
      })
      expect(res.status, `${type} ${name}`).toBe(201)
      return (await asJson(res)).doc
    }
    const exterior = await upload('EXTERIOR', await pngBytes('#ff0000', 96), 'front.png')
    const interior = await upload('INTERIOR', await jpegBytes(), 'dash.jpg')
    const sound = await upload('SOUND', await synthSound({ seconds: 1.5 }), 'engine.wav')
    const mesh = await upload('3D_MODEL', glbBytes(), 'car.glb')

    expect(exterior).toMatchObject({
      width: 96,
      height: 96,
      mimeType: 'image/png',
      originalFilename: 'front.png',
    })
    expect(sound.duration).toBeCloseTo(1.5, 1)
    expect(mesh).toMatchObject({ mimeType: 'model/gltf-binary', filesize: 12 })

    const base = `cars/${model.id}/${variant.id}`
    expect(filesUnder(companyDir(company.id)).sort()).toEqual(
      [
        `${base}/exterior/${exterior.id}.png`,
        `${base}/exterior/${exterior.id}-96x96.png`,
        `${base}/interior/${interior.id}.jpg`,
        `${base}/interior/${interior.id}-64x64.jpg`,
        `${base}/sounds/${sound.id}.wav`,
        `${base}/3d-models/${mesh.id}.glb`,
      ].sort(),
    )
    const listed = await asJson(await memberApi.get(`/cars/variants/${variant.id}/media`))
    expect(listed.totalDocs).toBe(4)
    expect((await memberApi.delete(`/cars/media/${mesh.id}`)).status).toBe(403)
    expect((await adminApi.delete(`/cars/media/${mesh.id}`)).status).toBe(200)
    expect(filesUnder(companyDir(company.id))).not.toContain(`${base}/3d-models/${mesh.id}.glb`)
  })

  it('refuses direct-to-bucket uploads when files are on local disk', async () => {
    const { adminApi, company } = await createTenant()
    const { variant } = await createModelWithVariant(adminApi, company.id)
    const res = await adminApi.post(`/cars/variants/${variant.id}/media/upload-url`, {
      json: { type: 'SOUND', filename: 'e.wav', size: 10 },
    })
    expect(res.status).toBe(400)
    expect((await asJson(res)).errors[0].message).toMatch(/multipart/)
  })

  it('streams a large upload to storage intact', async () => {
    const { adminApi, company } = await createTenant()
    const { variant } = await createModelWithVariant(adminApi, company.id)
    // 40 MB of "3D model": a glb header followed by data.
    const big = Buffer.concat([glbBytes(), Buffer.alloc(40 * 1024 * 1024, 7)])
    const res = await adminApi.post(`/cars/variants/${variant.id}/media`, {
      form: formWith({ type: '3D_MODEL' }, { bytes: big, name: 'big.glb' }),
    })
    expect(res.status).toBe(201)
    const { doc } = await asJson(res)
    const stored = await fs.promises.readFile(
      path.join(process.env.MEDIA_DIR!, doc.prefix, doc.filename),
    )
    expect(stored.equals(big)).toBe(true)
  })

  describe('bad input: clear 4xx, nothing stored', () => {
    const cases: Array<[string, string, () => Promise<Buffer>, string]> = [
      ['a PNG renamed .glb', '3D_MODEL', () => pngBytes(), 'car.glb'],
      ['an executable renamed .jpg', 'EXTERIOR', async () => elfBytes(), 'photo.jpg'],
      [
        'a sound in the exterior slot',
        'EXTERIOR',
        () => synthSound({ seconds: 0.5 }),
        'engine.png',
      ],
      ['an empty file', 'INTERIOR', async () => Buffer.alloc(0), 'empty.jpg'],
      ['an image in the sound slot', 'SOUND', () => pngBytes(), 'engine.wav'],
    ]
    it.each(cases)('%s', async (_label, type, bytes, name) => {
      const { adminApi, company } = await createTenant()
      const { variant } = await createModelWithVariant(adminApi, company.id)
      const res = await adminApi.post(`/cars/variants/${variant.id}/media`, {
        form: formWith({ type }, { bytes: await bytes(), name }),
      })
      expect(res.status).toBe(400)
      expect((await asJson(res)).errors[0].message).toBeTruthy()
      expect(
        (
          await payload.count({
            collection: 'car-media',
            where: { variant: { equals: variant.id } },
          })
        ).totalDocs,
      ).toBe(0)
      expect(filesUnder(companyDir(company.id))).toEqual([])
    })

    it('unknown slot types, missing files, unknown variants and traversal names', async () => {
      const { adminApi, company } = await createTenant()
      const { variant } = await createModelWithVariant(adminApi, company.id)
      const post = (route: string, form: FormData) => adminApi.post(route, { form })
      expect(
        (
          await post(
            `/cars/variants/${variant.id}/media`,
            formWith({ type: 'HOLOGRAM' }, { bytes: await pngBytes(), name: 'x.png' }),
          )
        ).status,
      ).toBe(400)
      expect(
        (await post(`/cars/variants/${variant.id}/media`, formWith({ type: 'EXTERIOR' }))).status,
      ).toBe(400)
      expect(
        (
          await post(
            `/cars/variants/00000000-0000-4000-8000-000000000000/media`,
            formWith({ type: 'EXTERIOR' }, { bytes: await pngBytes(), name: 'x.png' }),
          )
        ).status,
      ).toBe(404)
      const traversal = await post(
        `/cars/variants/${variant.id}/media`,
        formWith({ type: 'EXTERIOR' }, { bytes: await pngBytes(), name: '../../x.png' }),
      )
      // A name that is a path says someone is probing: refused, not quietly shortened (issue 13).
      expect(traversal.status).toBe(400)
      expect((await asJson(traversal)).errors[0].message).toMatch(/plain name/)
    })
  })
})

describe('cascades', () => {
  it('deleting a variant or a model removes its documents and stored objects, and nothing of others', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const one = await createModelWithVariant(a.adminApi, a.company.id, 'One')
    const two = await createModelWithVariant(a.adminApi, a.company.id, 'Two')
    const other = await createModelWithVariant(b.adminApi, b.company.id, 'Other')
    const secondVariant = (
      await asJson(
        await a.adminApi.post(`/cars/${one.model.id}/variants`, {
          json: { year: 2026, trim: 'Base' },
        }),
      )
    ).doc
    for (const [api, variantId] of [
      [a.adminApi, one.variant.id],
      [a.adminApi, secondVariant.id],
      [a.adminApi, two.variant.id],
      [b.adminApi, other.variant.id],
    ] as const) {
      const res = await api.post(`/cars/variants/${variantId}/media`, {
        form: formWith({ type: 'EXTERIOR' }, { bytes: await pngBytes(), name: 'e.png' }),
      })
      expect(res.status).toBe(201)
    }

    expect((await a.memberApi.delete(`/cars/variants/${secondVariant.id}`)).status).toBe(403)
    expect((await a.adminApi.delete(`/cars/variants/${secondVariant.id}`)).status).toBe(200)
    expect(filesUnder(companyDir(a.company.id)).some((f) => f.includes(secondVariant.id))).toBe(
      false,
    )

    expect((await a.adminApi.delete(`/cars/${one.model.id}`)).status).toBe(200)
    expect(
      await payload.count({
        collection: 'car-variants',
        where: { model: { equals: one.model.id } },
      }),
    ).toMatchObject({ totalDocs: 0 })
    expect(
      await payload.count({
        collection: 'car-media',
        where: { variant: { equals: one.variant.id } },
      }),
    ).toMatchObject({ totalDocs: 0 })
    const remaining = filesUnder(companyDir(a.company.id))
    expect(remaining.some((f) => f.includes(one.model.id))).toBe(false)
    expect(remaining.filter((f) => f.includes(two.model.id))).toHaveLength(2) // image + thumbnail
    expect(filesUnder(companyDir(b.company.id))).toHaveLength(2)
    expect(
      await payload.count({
        collection: 'car-media',
        where: { company: { in: [a.company.id, b.company.id] } },
      }),
    ).toMatchObject({ totalDocs: 2 })
  })
})
