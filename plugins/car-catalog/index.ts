import type { Config, Plugin } from 'payload'

import { CarModels } from './collections/CarModels'
import { carMediaCollection } from './collections/CarMedia'
import { CarVariants } from './collections/CarVariants'
import { carRoutes } from './endpoints'
import { addRoutes } from '../../src/lib/http/routes'
import { registerDemoSeed } from '../../src/lib/seed/registry'
import { registerPipelineExtension } from '../video-pipeline/extension'
import { type CarCatalogOptions, defaultCarCatalogOptions } from './options'
import { featuredCarExtension } from './pipeline'
import { carCatalogDemo } from './seed'

/**
 * The car catalogue: models → variants (year, trim) → media (exterior, interior, sound, 3D),
 * and the seed's `/api/companies/:id/cars` and `/api/cars/…` routes. With the video pipeline
 * (listed after it), a project may feature one of the cars.
 */
export const carCatalogPlugin =
  (options: Partial<CarCatalogOptions> = {}): Plugin =>
  (config: Config): Config => {
    const resolved: CarCatalogOptions = {
      maxBytes: { ...defaultCarCatalogOptions.maxBytes, ...options.maxBytes },
    }
    const withCollections: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []),
        CarModels,
        CarVariants,
        carMediaCollection(resolved),
      ],
    }
    const withRoutes = addRoutes(withCollections, carRoutes(resolved))
    return registerDemoSeed(
      registerPipelineExtension(withRoutes, featuredCarExtension),
      carCatalogDemo,
    )
  }
