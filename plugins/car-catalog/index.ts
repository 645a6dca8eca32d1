import type { Config, Plugin } from 'payload'

import { CarModels } from './collections/CarModels'
import { carMediaCollection } from './collections/CarMedia'
import { CarVariants } from './collections/CarVariants'
import { carEndpoints, companyCarEndpoints } from './endpoints'
import { addCollectionEndpoints } from '../addCollectionEndpoints'
import { type CarCatalogOptions, defaultCarCatalogOptions } from './options'

/**
 * The car catalogue: models → variants (year, trim) → media (exterior, interior, sound, 3D),
 * and the seed's `/api/companies/:id/cars` and `/api/cars/…` routes.
 */
export const carCatalogPlugin =
  (options: Partial<CarCatalogOptions> = {}): Plugin =>
  (config: Config): Config => {
    const resolved: CarCatalogOptions = {
      maxBytes: { ...defaultCarCatalogOptions.maxBytes, ...options.maxBytes },
    }
    const withCollections: Config = {
      ...config,
      collections: [...(config.collections ?? []), CarModels, CarVariants, carMediaCollection(resolved)],
      endpoints: [...(config.endpoints ?? []), ...carEndpoints(resolved)],
    }
    return addCollectionEndpoints(withCollections, 'companies', companyCarEndpoints)
  }
