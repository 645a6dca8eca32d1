import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { Company, User } from '../../../../payload-types'
import { companyIdOf, isCompanyAdmin } from '../../../lib/access'

export type Session = {
  user: User
  company: Company | null
  isAdmin: boolean
}

/**
 * The signed-in user as Payload sees them (cookie → JWT → user), once per request. Every read
 * a page makes goes through the Local API with this user and `overrideAccess: false`.
 */
export const getSession = cache(async (): Promise<Session | null> => {
  // Headers first: they make the page dynamic before Payload connects, so `next build` never
  // needs a database to prerender a page that reads the session.
  const requestHeaders = await headers()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: requestHeaders })
  if (!user || user.collection !== 'users') return null
  const companyId = companyIdOf(user)
  const company = companyId
    ? ((await payload.findByID({
        collection: 'companies',
        id: companyId,
        depth: 0,
        overrideAccess: false,
        user,
        disableErrors: true,
      })) as Company | null)
    : null
  return { user: user as User, company, isAdmin: isCompanyAdmin(user) }
})

/** The session, or a redirect to the login page that comes back here afterwards. */
export async function requireSession(): Promise<Session> {
  const session = await getSession()
  if (!session) {
    const here = (await headers()).get('x-reelsmith-path') || '/projects'
    redirect(`/login?next=${encodeURIComponent(here)}`)
  }
  return session
}

/** ADMIN-only pages: anyone else finds nothing here. */
export async function requireAdmin(): Promise<Session> {
  const session = await requireSession()
  if (!session.isAdmin) notFound()
  return session
}

/** TrainAI pages (equipment, training videos): only companies that use TrainAI have them. */
export async function requireTraining(): Promise<Session> {
  const session = await requireSession()
  if (!session.company?.offersTraining) notFound()
  return session
}

export const localApi = () => getPayload({ config })

/** Where a signed-in user starts: a TrainAI company on its video library, others on their projects. */
export const homePath = (session: Session) =>
  session.company?.offersTraining ? '/videos' : '/projects'
