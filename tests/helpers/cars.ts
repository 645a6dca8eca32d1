import type { ApiClient } from './api'
import { asJson } from './api'

/** A model with one variant, created through the seed routes by an ADMIN client. */
export async function createModelWithVariant(
  adminApi: ApiClient,
  companyId: string,
  name = 'Meridian',
) {
  const model = (
    await asJson(await adminApi.post(`/companies/${companyId}/cars`, { json: { name } }))
  ).doc
  const variant = (
    await asJson(
      await adminApi.post(`/cars/${model.id}/variants`, { json: { year: 2025, trim: 'GT' } }),
    )
  ).doc
  return { model, variant }
}
