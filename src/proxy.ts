import { NextResponse } from 'next/server'

import { refuseMalformedGraphqlBody } from './lib/http/graphqlBody'

/**
 * The product's signed-in areas; everything else (landing, login, signup, invitations) is public,
 * and so is /studio: the TrainAI seed wants its demo to run with no backend at all.
 */
const protectedAreas = [
  '/projects',
  '/brand',
  '/cars',
  '/team',
  '/library',
  '/equipment',
  '/videos',
]

/**
 * Runs before the matched routes (Next's proxy). GraphQL gets the body guard Payload lacks.
 * Product pages without a session cookie go to the login page, which returns them here; the
 * pages themselves still verify the session (a stale cookie redirects the same way).
 */
export async function proxy(request: Request) {
  const { pathname, search } = new URL(request.url)
  if (pathname === '/api/graphql') return refuseMalformedGraphqlBody(request)
  const here = `${pathname}${search}`
  const signedIn = /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')
  if (
    protectedAreas.some((area) => pathname === area || pathname.startsWith(`${area}/`)) &&
    !signedIn
  ) {
    const login = new URL('/login', request.url)
    login.searchParams.set('next', here)
    return NextResponse.redirect(login)
  }
  // Server components learn where they are (for the same redirect when a session has expired).
  const headers = new Headers(request.headers)
  headers.set('x-reelsmith-path', here)
  return NextResponse.next({ request: { headers } })
}

// Pages and GraphQL only: a proxy buffers request bodies (10 MB), which uploads on other API routes must not pay.
export const config = {
  matcher: ['/api/graphql', '/((?!api|admin|_next|favicon.ico).*)'],
}
