import { refuseMalformedGraphqlBody } from './lib/http/graphqlBody'

/** Runs before the matched routes (Next's proxy): only GraphQL needs a guard Payload lacks. */
export async function proxy(request: Request) {
  return refuseMalformedGraphqlBody(request)
}

// Only GraphQL: a proxy buffers request bodies (10 MB), which uploads on other routes must not pay.
export const config = { matcher: '/api/graphql' }
