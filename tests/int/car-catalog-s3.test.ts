import { afterAll, describe, expect, it } from 'vitest'

import { startS3 } from '../helpers/s3'
import { formWith, glbBytes, pngBytes } from '../helpers/media'

// Storage is chosen when the config loads: start S3 and set its environment first.
const s3 = await startS3()
const { createTenant } = await import('../helpers/fixtures')
const { asJson } = await import('../helpers/api')
const { createModelWithVariant } = await import('../helpers/cars')
const { synthSound } = await import('../../src/lib/media/synthSound')

afterAll(() => s3.stop())

describe('car media on S3', () => {
  it('uses the seed keys and leaves no orphans after cascades', async () => {
    const { adminApi, memberApi, company } = await createTenant()
    const { model, variant } = await createModelWithVariant(adminApi, company.id)
    const ids: Record<string, string> = {}
    for (const [type, bytes, name] of [
      ['EXTERIOR', await pngBytes(), 'e.png'],
      ['SOUND', await synthSound({ seconds: 1 }), 'engine.wav'],
      ['3D_MODEL', Buffer.concat([glbBytes(), Buffer.alloc(8 * 1024 * 1024, 1)]), 'car.glb'],
    ] as const) {
      const res = await adminApi.post(`/cars/variants/${variant.id}/media`, {
        form: formWith({ type }, { bytes, name }),
      })
      expect(res.status).toBe(201)
      ids[type] = (await asJson(res)).doc.id
    }
    const base = `companies/${company.id}/cars/${model.id}/${variant.id}`
    expect(await s3.keys(`companies/${company.id}/`)).toEqual(
      [
        `${base}/exterior/${ids.EXTERIOR}.png`,
        `${base}/exterior/${ids.EXTERIOR}-64x64.png`,
        `${base}/sounds/${ids.SOUND}.wav`,
        `${base}/3d-models/${ids['3D_MODEL']}.glb`,
      ].sort(),
    )
    const file = await memberApi.get(`/car-media/file/${ids.SOUND}.wav`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/audio/)

    expect((await adminApi.delete(`/cars/${model.id}`)).status).toBe(200)
    expect(await s3.keys(`companies/${company.id}/`)).toEqual([])
  })

  it('uploads large media straight to the bucket with a presigned URL, then checks it', async () => {
    const { adminApi, memberApi, company } = await createTenant()
    const { model, variant } = await createModelWithVariant(adminApi, company.id)
    const other = await createModelWithVariant(adminApi, company.id, 'Other')
    const direct = async (
      type: string,
      bytes: Buffer,
      filename: string,
      variantId = variant.id,
    ) => {
      const res = await adminApi.post(`/cars/variants/${variantId}/media/upload-url`, {
        json: { type, filename, size: bytes.length, mimeType: 'application/octet-stream' },
      })
      expect(res.status).toBe(201)
      const upload = await asJson(res)
      const put = await fetch(upload.uploadUrl, {
        method: 'PUT',
        headers: upload.headers,
        body: new Uint8Array(bytes),
      })
      expect(put.status).toBe(200)
      return upload
    }
    const complete = (uploadToken: string, variantId = variant.id) =>
      adminApi.post(`/cars/variants/${variantId}/media/complete`, { json: { uploadToken } })

    const sound = await direct('SOUND', await synthSound({ seconds: 2 }), 'engine.wav')
    const done = await complete(sound.uploadToken)
    expect(done.status).toBe(201)
    const { doc } = await asJson(done)
    expect(doc).toMatchObject({
      type: 'SOUND',
      filename: `${doc.id}.wav`,
      originalFilename: 'engine.wav',
    })
    expect(doc.duration).toBeCloseTo(2, 1)
    const key = `companies/${company.id}/cars/${model.id}/${variant.id}/sounds/${doc.id}.wav`
    expect(await s3.keys(key)).toEqual([key])
    expect((await memberApi.get(`/car-media/file/${doc.filename}`)).status).toBe(200)
    expect((await complete(sound.uploadToken)).status).toBe(409)

    // A PNG announced as a glb is refused and its object removed.
    const disguised = await direct('3D_MODEL', await pngBytes(), 'car.glb')
    expect((await complete(disguised.uploadToken)).status).toBe(400)
    expect(
      await s3.keys(`companies/${company.id}/cars/${model.id}/${variant.id}/3d-models/`),
    ).toEqual([])

    // Tokens are bound to their variant, unforgeable, and need the object to exist.
    const unsent = await asJson(
      await adminApi.post(`/cars/variants/${variant.id}/media/upload-url`, {
        json: { type: '3D_MODEL', filename: 'x.glb', size: 12 },
      }),
    )
    expect((await complete(unsent.uploadToken)).status).toBe(400)
    expect((await complete(unsent.uploadToken, other.variant.id)).status).toBe(400)
    expect((await complete(unsent.uploadToken.replace(/.$/, 'A'))).status).toBe(400)
    expect(
      (
        await memberApi.post(`/cars/variants/${variant.id}/media/upload-url`, {
          json: { type: 'SOUND', filename: 'e.wav', size: 10 },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await adminApi.post(`/cars/variants/${variant.id}/media/upload-url`, {
          json: { type: 'EXTERIOR', filename: 'e.png', size: 10 },
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await adminApi.post(`/cars/variants/${variant.id}/media/upload-url`, {
          json: { type: '3D_MODEL', filename: 'car.exe', size: 10 },
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await adminApi.post(`/cars/variants/${variant.id}/media/upload-url`, {
          json: { type: '3D_MODEL', filename: 'car.glb', size: 10 * 1024 ** 4 },
        })
      ).status,
    ).toBe(400)
  })
})
