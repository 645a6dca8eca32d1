import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createModelWithVariant } from '../helpers/cars'
import { createTenant, payload } from '../helpers/fixtures'
import { formWith, pngBytes } from '../helpers/media'

const slugs = () => payload.config.collections.map((collection) => collection.slug)

describe('the car catalogue without other features', () => {
  it('builds with its own collections and routes, and none of the pipeline’s or training’s', () => {
    expect(slugs()).toEqual(expect.arrayContaining(['car-models', 'car-variants', 'car-media']))
    for (const slug of ['projects', 'scenes', 'training-equipment'])
      expect(slugs()).not.toContain(slug)
    // Its featured-car extension waits for a pipeline that is not there: no jobs, no project fields.
    expect(payload.config.jobs.tasks ?? []).toEqual([])
    const paths = (payload.config.endpoints || []).map((endpoint) => endpoint.path)
    expect(paths).toEqual(
      expect.arrayContaining(['/cars/:modelId', '/cars/variants/:variantId/media']),
    )
  })

  it('serves its routes: a model, a variant and a picture, within the company', async () => {
    const a = await createTenant('cars-a')
    const b = await createTenant('cars-b')
    const { model, variant } = await createModelWithVariant(a.adminApi, a.company.id)
    const upload = await a.adminApi.post(`/cars/variants/${variant.id}/media`, {
      form: formWith(
        { type: 'EXTERIOR' },
        { bytes: await pngBytes(), name: 'front.png', type: 'image/png' },
      ),
    })
    expect(upload.status).toBe(201)
    const read = await asJson(await a.memberApi.get(`/cars/${model.id}`))
    expect(read.variants.docs.map((v: { id: string }) => v.id)).toEqual([variant.id])
    expect((await b.adminApi.get(`/cars/${model.id}`)).status).toBe(404)
    // The pipeline's routes are simply absent.
    expect((await a.adminApi.get('/projects')).status).toBe(404)
  })
})
