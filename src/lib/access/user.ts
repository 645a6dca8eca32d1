import type { User } from '../../../payload-types'
import { idOf } from '../db/ids'

/** The signed-in user as access rules see it (`req.user`), or nobody. */
export type SessionUser =
  Pick<User, 'id' | 'company' | 'role' | 'isPlatformOperator'> | null | undefined

export type Role = User['role']

export const companyIdOf = (user: SessionUser): string | null => idOf(user?.company)

/** Runs the platform: may create companies, never reads their data. */
export const isPlatformOperator = (user: SessionUser): boolean => Boolean(user?.isPlatformOperator)

export const isCompanyAdmin = (user: SessionUser): boolean =>
  Boolean(user?.role === 'ADMIN' && companyIdOf(user))
