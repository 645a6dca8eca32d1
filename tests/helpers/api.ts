import * as graphqlRoute from '../../src/app/(payload)/api/graphql/route'
import * as restRoutes from '../../src/app/(payload)/api/[...slug]/route'
import { proxy } from '../../src/proxy'

/** The route modules Next serves, as they are (a regenerated file that lost a guard fails tests). */
const handlers = {
  GET: restRoutes.GET,
  POST: restRoutes.POST,
  PATCH: restRoutes.PATCH,
  DELETE: restRoutes.DELETE,
}
/** As Next serves it: the app's proxy first, then the route. */
const graphql = async (request: Request) => (await proxy(request)) ?? graphqlRoute.POST(request)

type Body = { json?: unknown; form?: FormData; raw?: string; headers?: Record<string, string> }

/**
 * A client for the app's real REST and GraphQL route handlers (the ones Next serves under
 * /api), keeping the session cookie like a browser does.
 */
export class ApiClient {
  cookie: string | undefined

  async request(method: keyof typeof handlers, path: string, body: Body = {}) {
    const url = new URL(`http://localhost:3000/api${path}`)
    const headers = new Headers(body.headers)
    if (this.cookie) headers.set('cookie', this.cookie)
    let payloadBody: BodyInit | undefined
    if (body.json !== undefined) {
      headers.set('content-type', 'application/json')
      payloadBody = JSON.stringify(body.json)
    } else if (body.form) {
      payloadBody = body.form
    } else if (body.raw !== undefined) {
      payloadBody = body.raw
    }
    const request = new Request(url, { method, headers, body: payloadBody })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    this.keepCookie(response)
    return response
  }

  async graphql(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ) {
    const headers = new Headers({ ...extraHeaders, 'content-type': 'application/json' })
    if (this.cookie) headers.set('cookie', this.cookie)
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    })
    const response = await graphql(request)
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: Array<{ message: string }> },
    }
  }

  /** A GraphQL request with a body as given (for malformed-input tests). */
  async graphqlRaw(body: string, contentType = 'application/json') {
    const headers = new Headers({ 'content-type': contentType })
    if (this.cookie) headers.set('cookie', this.cookie)
    return graphql(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body }),
    )
  }

  get = (path: string, body?: Body) => this.request('GET', path, body)
  post = (path: string, body?: Body) => this.request('POST', path, body)
  patch = (path: string, body?: Body) => this.request('PATCH', path, body)
  delete = (path: string, body?: Body) => this.request('DELETE', path, body)

  async signIn(email: string, password: string) {
    const response = await this.post('/auth/signin', { json: { email, password } })
    if (response.status !== 200)
      throw new Error(`sign in as ${email} failed: ${response.status} ${await response.text()}`)
    return this
  }

  private keepCookie(response: Response) {
    const setCookie = response.headers.get('set-cookie')
    if (!setCookie) return
    const [pair] = setCookie.split(';')
    if (/Expires=Thu, 01 Jan 1970/i.test(setCookie) || pair.endsWith('=')) this.cookie = undefined
    else this.cookie = pair
  }
}

export const asJson = async <T = any>(response: Response): Promise<T> =>
  (await response.json()) as T
