import type { Config, Plugin } from 'payload'

import { BrandGuidelines } from '../../collections/BrandGuidelines'
import { Companies } from '../../collections/Companies'
import { CompanyAssets } from '../../collections/CompanyAssets'
import { Users } from '../../collections/Users'
import { coreRoutes } from '../../endpoints'
import { addRoutes } from '../../src/lib/http/routes'

/**
 * The platform core: companies, their users, brand assets and brand guidelines, and the seed's `/api/auth/*` and
 * `/api/companies/:id/{users,assets}` routes as thin endpoints over Payload. Listed first.
 */
export const tenancyPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withCollections: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []),
        Companies,
        Users,
        CompanyAssets,
        BrandGuidelines,
      ],
      admin: { ...config.admin, user: Users.slug },
    }
    return addRoutes(withCollections, coreRoutes)
  }
