import type { Payload } from 'payload'

import { idOf } from '../access'
import type { BrandContext, FeaturedCar } from '../providers/types'

/** The brand a company's renders use: its name and COLOR_SCHEME colours. */
export async function brandOf(payload: Payload, companyId: string): Promise<BrandContext> {
  const company = await payload.findByID({ collection: 'companies', id: companyId, depth: 0 })
  const { docs } = await payload.find({
    collection: 'company-assets',
    where: { and: [{ company: { equals: companyId } }, { type: { equals: 'COLOR_SCHEME' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
  })
  return { companyName: company.name, colors: (docs[0]?.value as Record<string, string> | undefined) ?? {} }
}

/** The featured car of a project, by name (reference images: see issue 4's notes). */
export async function featuredCarOf(payload: Payload, project: { featuredCarModel?: unknown; featuredCarVariant?: unknown }): Promise<FeaturedCar | undefined> {
  const modelId = idOf(project.featuredCarModel)
  if (!modelId) return undefined
  const model = await payload.findByID({ collection: 'car-models', id: modelId, depth: 0, disableErrors: true })
  if (!model) return undefined
  const variantId = idOf(project.featuredCarVariant)
  const variant = variantId ? await payload.findByID({ collection: 'car-variants', id: variantId, depth: 0, disableErrors: true }) : null
  return { model: model.name, year: variant?.year, trim: variant?.trim, referenceImages: [] }
}
