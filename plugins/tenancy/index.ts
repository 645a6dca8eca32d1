import type { Config, Endpoint, Plugin } from 'payload'

import { BrandGuidelines } from '../../collections/BrandGuidelines'
import { Companies } from '../../collections/Companies'
import { CompanyAssets } from '../../collections/CompanyAssets'
import { Users } from '../../collections/Users'
import { session } from '../../endpoints/auth/session'
import { signin } from '../../endpoints/auth/signin'
import { signout } from '../../endpoints/auth/signout'
import { signup } from '../../endpoints/auth/signup'
import { deleteCompanyAsset, listCompanyAssets, uploadCompanyAsset } from '../../endpoints/companies/assets'
import { inviteCompanyUser, listCompanyUsers, removeCompanyUser } from '../../endpoints/companies/users'
import { addCollectionEndpoints } from '../../src/lib/http/collectionEndpoints'

/**
 * Companies, their users, brand assets and brand guidelines, and the seed's `/api/auth/*` and
 * `/api/companies/:id/{users,assets}` routes as thin endpoints over Payload.
 */
export const tenancyPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withCollections: Config = {
      ...config,
      collections: [...(config.collections ?? []), Companies, Users, CompanyAssets, BrandGuidelines],
      endpoints: [...(config.endpoints ?? []), signup, signin, signout, session],
      admin: { ...config.admin, user: Users.slug },
    }
    const companyEndpoints: Endpoint[] = [
      listCompanyUsers,
      inviteCompanyUser,
      removeCompanyUser,
      uploadCompanyAsset,
      listCompanyAssets,
      deleteCompanyAsset,
    ]
    return addCollectionEndpoints(withCollections, 'companies', companyEndpoints)
  }
