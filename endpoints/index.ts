import type { Routes } from '../src/lib/http/routes'
import { session } from './auth/session'
import { signin } from './auth/signin'
import { signout } from './auth/signout'
import { signup } from './auth/signup'
import { deleteCompanyAsset, listCompanyAssets, uploadCompanyAsset } from './companies/assets'
import { inviteCompanyUser, listCompanyUsers, removeCompanyUser } from './companies/users'

/** The platform's routes: the seed's `/api/auth/*`, and `/api/companies/:id/{users,assets}`. */
export const coreRoutes: Routes = {
  root: [signup, signin, signout, session],
  companies: [
    listCompanyUsers,
    inviteCompanyUser,
    removeCompanyUser,
    uploadCompanyAsset,
    listCompanyAssets,
    deleteCompanyAsset,
  ],
}
