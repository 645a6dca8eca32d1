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
      const res = await adminApi.post(`/cars/variants/${variant.id}/media`, { form: formWith({ type }, { bytes, name }) })
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
})
