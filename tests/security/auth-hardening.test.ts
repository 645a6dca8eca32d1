import { execFileSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../../src/lib/email/outbox'
import { ApiClient, asJson } from '../helpers/api'
import { withEnv } from '../helpers/env'
import { createTenant, PASSWORD, payload } from '../helpers/fixtures'
import { reportSecurity } from './support/summary'

/**
 * Auth hardening: session cookies, CSRF, secrets in answers, invitations, sign-out, provider
 * webhooks and account enumeration, through the app's real route handlers.
 */

type Tenant = Awaited<ReturnType<typeof createTenant>>
let a: Tenant
let checks = 0
const serverErrors: string[] = []
const email = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@example.test`
const root = path.resolve(import.meta.dirname, '../..')

/** Every answer counted, 5xx remembered: the summary's columns. */
async function call(
  api: ApiClient,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  route: string,
  body: Parameters<ApiClient['request']>[2] = {},
) {
  const response = await api.request(method, route, body)
  checks++
  if (response.status >= 500) serverErrors.push(`${method} ${route}: ${response.status}`)
  return response
}

beforeAll(async () => {
  a = await createTenant('auth')
})

describe('session cookies', () => {
  it('are HttpOnly and SameSite=Lax here, and Secure in the production config', async () => {
    const response = await call(new ApiClient(), 'POST', '/auth/signin', {
      json: { email: a.member.email, password: PASSWORD },
    })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//i)
    // The users collection as production loads it (its own process: NODE_ENV is read when the module loads).
    const script = [
      "const { Users } = await import('./collections/Users.ts')",
      "const { generatePayloadCookie } = await import('payload/shared')",
      "console.log(JSON.stringify({ cookie: generatePayloadCookie({ collectionAuthConfig: Users.auth, cookiePrefix: 'payload', token: 't' }), apiKeys: Boolean(Users.auth.useAPIKey) }))",
    ].join(';')
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
          PAYLOAD_SECRET: 'production-check',
          LOG_LEVEL: 'silent',
        },
        encoding: 'utf8',
      },
    )
    const production = JSON.parse(output.trim().split('\n').pop()!) as {
      cookie: string
      apiKeys: boolean
    }
    expect(production.cookie).toMatch(/;\s*Secure/i)
    expect(production.cookie).toMatch(/HttpOnly/i)
    expect(production.cookie).toMatch(/SameSite=Lax/i)
    // No API keys exist to leak.
    expect(production.apiKeys).toBe(false)
  })
})

describe('CSRF', () => {
  it('a cookie-authenticated write from a foreign Origin is refused; the same origin and non-browser clients work', async () => {
    const before = (await payload.count({ collection: 'projects' })).totalDocs
    const project = (name: string) => ({ json: { name, prompt: 'A coupé', targetDuration: 15 } })
    for (const origin of ['https://evil.example', 'null', 'http://localhost:3000.evil.example']) {
      const foreign = await call(a.memberApi, 'POST', '/projects', {
        ...project('forged'),
        headers: { origin },
      })
      expect([401, 403], origin).toContain(foreign.status)
      const graphql = await a.memberApi.graphql(
        'mutation { createProject(data: { name: "forged", prompt: "x", targetDuration: 15 }) { id } }',
        undefined,
        { origin },
      )
      checks++
      expect(graphql.body.data?.createProject ?? null, origin).toBeNull()
    }
    expect((await payload.count({ collection: 'projects' })).totalDocs).toBe(before)
    expect(
      (
        await call(a.memberApi, 'POST', '/projects', {
          ...project('same origin'),
          headers: { origin: 'http://localhost:3000', host: 'localhost:3000' },
        })
      ).status,
    ).toBe(201)
    expect((await call(a.memberApi, 'POST', '/projects', project('no origin'))).status).toBe(201)
    // A bearer token is not a cookie: no browser sends it by itself.
    const token = (
      await asJson(
        await call(new ApiClient(), 'POST', '/users/login', {
          json: { email: a.member.email, password: PASSWORD },
        }),
      )
    ).token
    expect(
      (
        await call(new ApiClient(), 'POST', '/projects', {
          ...project('bearer'),
          headers: { origin: 'https://evil.example', authorization: `JWT ${token}` },
        })
      ).status,
    ).toBe(201)
  })
})

describe('secrets never come back', () => {
  it('no answer about users holds a hash, salt, reset or invitation token', async () => {
    await call(new ApiClient(), 'POST', '/users/forgot-password', {
      json: { email: a.member.email },
    })
    const invited = email('invited')
    await call(a.adminApi, 'POST', `/companies/${a.company.id}/users`, {
      json: { email: invited, name: 'Invited' },
    })
    const stored = (
      await payload.find({
        collection: 'users',
        where: { company: { equals: a.company.id } },
        showHiddenFields: true,
        depth: 0,
      })
    ).docs as unknown as Array<Record<string, unknown>>
    const secrets = stored.flatMap((user) =>
      ['hash', 'salt', 'resetPasswordToken', 'invitationTokenHash']
        .map((f) => user[f])
        .filter((v): v is string => typeof v === 'string' && v.length > 8),
    )
    expect(secrets.length).toBeGreaterThan(4)
    const answers = await Promise.all([
      call(new ApiClient(), 'POST', '/auth/signin', {
        json: { email: a.admin.email, password: PASSWORD },
      }),
      call(a.adminApi, 'GET', '/users/me'),
      call(a.adminApi, 'GET', '/auth/session'),
      call(a.adminApi, 'GET', '/users?depth=2&limit=100'),
      call(a.adminApi, 'GET', `/users/${a.member.id}?depth=2`),
      call(a.adminApi, 'GET', `/companies/${a.company.id}/users`),
      call(a.adminApi, 'GET', `/companies/${a.company.id}?depth=2`),
      call(a.adminApi, 'POST', `/companies/${a.company.id}/users`, {
        json: { email: email('again'), name: 'Again' },
      }),
    ])
    for (const answer of answers) {
      const text = await answer.text()
      expect(
        secrets.filter((secret) => text.includes(secret)),
        answer.url,
      ).toEqual([])
      expect(text, answer.url).not.toMatch(
        /"(hash|salt|resetPasswordToken|invitationTokenHash|apiKey)"/,
      )
    }
    const graphql = await a.adminApi.graphql('{ Users(limit: 100) { docs { id email } } }')
    expect(secrets.filter((secret) => JSON.stringify(graphql.body).includes(secret))).toEqual([])
  })
})

describe('invitations', () => {
  const invite = async (address: string) => {
    expect(
      (
        await call(a.adminApi, 'POST', `/companies/${a.company.id}/users`, {
          json: { email: address, name: 'Invitee' },
        })
      ).status,
    ).toBe(201)
    return /Invitation token: (\S+)/.exec(
      String(outbox.findLast((m) => m.to === address)?.text),
    )![1]!
  }

  it('work once, and not after they expire', async () => {
    const first = email('once')
    const token = await invite(first)
    expect(
      (
        await call(new ApiClient(), 'POST', '/auth/signup', {
          json: { invitationToken: token, password: PASSWORD, name: 'Once' },
        })
      ).status,
    ).toBe(201)
    expect(
      (
        await call(new ApiClient(), 'POST', '/auth/signup', {
          json: { invitationToken: token, password: PASSWORD, name: 'Twice' },
        })
      ).status,
    ).toBe(400)

    const late = email('late')
    const expired = await invite(late)
    const user = (await payload.find({ collection: 'users', where: { email: { equals: late } } }))
      .docs[0]!
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { invitationExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect(
      (
        await call(new ApiClient(), 'POST', '/auth/signup', {
          json: { invitationToken: expired, password: PASSWORD, name: 'Late' },
        })
      ).status,
    ).toBe(400)
    // Nobody signs in as an invitee who has not accepted.
    expect(
      (
        await call(new ApiClient(), 'POST', '/users/login', {
          json: { email: late, password: PASSWORD },
        })
      ).status,
    ).toBe(401)
  })

  it('the operator’s accounts in another company are invitations: the operator never holds their password', async () => {
    const { createPlatformOperator } = await import('../helpers/fixtures')
    const { api } = await createPlatformOperator()
    const address = email('onboarded')
    const created = await call(api, 'POST', '/users', {
      json: {
        email: address,
        name: 'Onboarded',
        password: PASSWORD,
        role: 'ADMIN',
        company: a.company.id,
      },
    })
    expect(created.status).toBe(201)
    expect(
      (
        await call(new ApiClient(), 'POST', '/auth/signin', {
          json: { email: address, password: PASSWORD },
        })
      ).status,
    ).toBe(401)
    expect(outbox.findLast((m) => m.to === address)?.text).toMatch(/Invitation token: \S+/)
  })
})

describe('sign-out', () => {
  it('revokes the session: the old cookie no longer works (both sign-out routes)', async () => {
    for (const route of ['/auth/signout', '/users/logout']) {
      const api = await new ApiClient().signIn(a.member.email, PASSWORD)
      const stolen = api.cookie!
      expect((await call(api, 'GET', '/auth/session')).status).toBe(200)
      expect((await call(api, 'POST', route)).status).toBe(200)
      const replay = new ApiClient()
      replay.cookie = stolen
      expect((await call(replay, 'GET', '/auth/session')).status, route).toBe(401)
      expect(
        (
          await call(replay, 'POST', '/projects', {
            json: { name: 'after sign-out', prompt: 'x', targetDuration: 15 },
          })
        ).status,
        route,
      ).not.toBe(201)
    }
  })
})

describe('provider webhooks', () => {
  const secret = `whsec_${Buffer.from('security-suite-webhook').toString('base64')}`
  const signed = (body: string, id: string, at = Math.floor(Date.now() / 1000), key = secret) => ({
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(at),
    'webhook-signature': `v1,${createHmac(
      'sha256',
      Buffer.from(key.replace(/^whsec_/, ''), 'base64'),
    )
      .update(`${id}.${at}.${body}`)
      .digest('base64')}`,
  })

  it('spoofed and replayed deliveries are refused; a repeated delivery changes nothing', async () => {
    await withEnv({ REPLICATE_WEBHOOK_SECRET: secret }, async () => {
      const body = JSON.stringify({
        id: 'p-security',
        status: 'succeeded',
        output: ['https://replicate.delivery/x.png'],
      })
      const post = (headers: Record<string, string>, raw = body) =>
        call(new ApiClient(), 'POST', '/replicate/webhook', { raw, headers })
      expect((await post({ 'content-type': 'application/json' })).status).toBe(401)
      expect(
        (
          await post(
            signed(body, 'msg_1', undefined, `whsec_${Buffer.from('not-ours').toString('base64')}`),
          )
        ).status,
      ).toBe(401)
      expect((await post(signed(body, 'msg_1'), body.replace('succeeded', 'failed'))).status).toBe(
        401,
      )
      // Captured an hour ago and sent again.
      expect(
        (await post(signed(body, 'msg_old', Math.floor(Date.now() / 1000) - 3600))).status,
      ).toBe(401)
      expect(
        (
          await payload.count({
            collection: 'replicate-predictions',
            where: { predictionId: { equals: 'p-security' } },
          })
        ).totalDocs,
      ).toBe(0)

      const delivery = signed(body, 'msg_2')
      expect((await post(delivery)).status).toBe(200)
      const stored = (
        await payload.find({
          collection: 'replicate-predictions',
          where: { predictionId: { equals: 'p-security' } },
        })
      ).docs[0]!
      expect((await post(delivery)).status).toBe(200)
      const again = (
        await payload.find({
          collection: 'replicate-predictions',
          where: { predictionId: { equals: 'p-security' } },
        })
      ).docs
      expect(again.map((d) => [d.id, d.updatedAt])).toEqual([[stored.id, stored.updatedAt]])
    })
  })
})

describe('account enumeration', () => {
  /** Status and message: what a caller can tell apart. */
  const answer = async (response: Response) =>
    `${response.status} ${JSON.stringify((await response.json()).errors ?? (await Promise.resolve('ok')))}`

  it('sign-in answers alike for an unknown address, a wrong password, a pending invitation and a locked account', async () => {
    const locked = await createTenant('locked')
    for (let i = 0; i < 6; i++)
      await call(new ApiClient(), 'POST', '/auth/signin', {
        json: { email: locked.member.email, password: 'wrong-password' },
      })
    const invited = email('pending')
    await call(a.adminApi, 'POST', `/companies/${a.company.id}/users`, {
      json: { email: invited, name: 'Pending' },
    })
    for (const route of ['/auth/signin', '/users/login']) {
      const answers = await Promise.all(
        [
          { email: email('nobody'), password: 'wrong-password' },
          { email: a.member.email, password: 'wrong-password' },
          { email: invited, password: 'wrong-password' },
          { email: locked.member.email, password: PASSWORD },
        ].map(async (json) => answer(await call(new ApiClient(), 'POST', route, { json }))),
      )
      expect(new Set(answers), `${route}: ${answers.join(' | ')}`).toHaveProperty('size', 1)
    }
  })

  it('forgot-password answers alike for a known and an unknown address; signup never says an address is registered', async () => {
    const forgot = await Promise.all(
      [a.member.email, email('unknown')].map(async (address) =>
        answer(
          await call(new ApiClient(), 'POST', '/users/forgot-password', {
            json: { email: address },
          }),
        ),
      ),
    )
    expect(new Set(forgot), forgot.join(' | ')).toHaveProperty('size', 1)
    // Signing up signs the new company in at once (the product's flow), so a taken address is
    // refused; the refusal names no reason that only existing accounts have.
    const taken = await call(new ApiClient(), 'POST', '/auth/signup', {
      json: {
        email: a.member.email.toUpperCase(),
        password: PASSWORD,
        name: 'Someone',
        companyName: 'Taken Co',
      },
    })
    expect(taken.status).toBe(400)
    expect(JSON.stringify(await taken.json())).not.toMatch(
      /registered|exists|already (in use|taken)/i,
    )
  })
})

describe('summary', () => {
  it('reports', (context) => {
    reportSecurity(context, 'auth hardening', { probes: checks, serverErrors: serverErrors.length })
  })
})
