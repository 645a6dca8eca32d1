import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createTenant, payload, PASSWORD } from '../helpers/fixtures'
import { outbox } from '../../src/lib/email/outbox'

const email = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@example.test`

describe('POST /api/auth/signup', () => {
  it('creates a company whose first user is its ADMIN, and signs them in', async () => {
    const api = new ApiClient()
    const address = email('founder')
    const res = await api.post('/auth/signup', {
      json: { email: address, password: PASSWORD, name: 'Founder', companyName: 'Nordwind Motors' },
    })
    expect(res.status).toBe(201)
    const body = await asJson(res)
    expect(body.user).toMatchObject({ email: address, role: 'ADMIN' })
    expect(body.user.hash).toBeUndefined()
    expect(body.user.salt).toBeUndefined()

    const session = await asJson(await api.get('/auth/session'))
    expect(session.role).toBe('ADMIN')
    const company = await payload.findByID({ collection: 'companies', id: session.companyId })
    expect(company.name).toBe('Nordwind Motors')
  })

  it('refuses a signup without a company or an invitation', async () => {
    const res = await new ApiClient().post('/auth/signup', {
      json: { email: email('x'), password: PASSWORD, name: 'X' },
    })
    expect(res.status).toBe(400)
    expect((await asJson(res)).errors[0].message).toMatch(/companyName/)
  })

  it.each([
    [{ email: 'not-an-email', password: PASSWORD, name: 'A', companyName: 'C' }, /email/],
    [{ email: 'a@example.test', password: 'short', name: 'A', companyName: 'C' }, /password/],
    [{ email: 'a@example.test', password: PASSWORD, name: '', companyName: 'C' }, /name/],
    [
      { email: 'a@example.test', password: PASSWORD, name: 'A', companyName: 'C', role: 'ADMIN' },
      /Unrecognized key/i,
    ],
  ])('answers 400 naming the field for %j', async (json, message) => {
    const res = await new ApiClient().post('/auth/signup', { json })
    expect(res.status).toBe(400)
    expect((await asJson(res)).errors[0].message).toMatch(message)
  })

  it('answers 400 for a body that is not JSON, and writes nothing', async () => {
    const before = await payload.count({ collection: 'companies' })
    const res = await new ApiClient().post('/auth/signup', {
      raw: '{"email": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(400)
    expect((await payload.count({ collection: 'companies' })).totalDocs).toBe(before.totalDocs)
  })

  it('rolls back the new company when the user cannot be created (duplicate email)', async () => {
    const { admin } = await createTenant()
    const before = await payload.count({
      collection: 'companies',
      where: { name: { equals: 'Ghost Co' } },
    })
    const res = await new ApiClient().post('/auth/signup', {
      json: { email: admin.email, password: PASSWORD, name: 'Dup', companyName: 'Ghost Co' },
    })
    expect(res.status).toBe(400)
    const after = await payload.count({
      collection: 'companies',
      where: { name: { equals: 'Ghost Co' } },
    })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})

describe('invitations', () => {
  it('lets an ADMIN invite a MEMBER who accepts through signup with the emailed token', async () => {
    const { adminApi, company } = await createTenant()
    const invitee = email('invitee')
    const res = await adminApi.post(`/companies/${company.id}/users`, {
      json: { email: invitee, name: 'New Colleague' },
    })
    expect(res.status).toBe(201)
    const body = await asJson(res)
    expect(body.doc).toMatchObject({ email: invitee, role: 'MEMBER', inviteStatus: 'INVITED' })
    expect(JSON.stringify(body)).not.toMatch(/invitationTokenHash/)

    // Pending users cannot sign in.
    const pending = await new ApiClient().post('/auth/signin', {
      json: { email: invitee, password: 'whatever-password' },
    })
    expect(pending.status).toBe(401)

    const message = outbox.findLast((m) => m.to === invitee)
    const token = /Invitation token: (\S+)/.exec(String(message?.text))?.[1]
    expect(token).toBeTruthy()

    const wrong = await new ApiClient().post('/auth/signup', {
      json: { invitationToken: 'x'.repeat(43), password: PASSWORD, name: 'Nope' },
    })
    expect(wrong.status).toBe(400)

    const api = new ApiClient()
    const accepted = await api.post('/auth/signup', {
      json: { invitationToken: token, password: PASSWORD, name: 'Accepted Colleague' },
    })
    expect(accepted.status).toBe(201)
    const session = await asJson(await api.get('/auth/session'))
    expect(session).toMatchObject({ companyId: company.id, role: 'MEMBER' })

    // A token works once.
    const again = await new ApiClient().post('/auth/signup', {
      json: { invitationToken: token, password: PASSWORD, name: 'Again' },
    })
    expect(again.status).toBe(400)
  })

  it('refuses invitations from MEMBERs (403) and into other companies (404)', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    expect(
      (
        await a.memberApi.post(`/companies/${a.company.id}/users`, {
          json: { email: email('m'), name: 'M' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await a.adminApi.post(`/companies/${b.company.id}/users`, {
          json: { email: email('m'), name: 'M' },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await new ApiClient().post(`/companies/${a.company.id}/users`, {
          json: { email: email('m'), name: 'M' },
        })
      ).status,
    ).toBe(401)
  })

  it('refuses to invite an existing email', async () => {
    const { adminApi, company, member } = await createTenant()
    const res = await adminApi.post(`/companies/${company.id}/users`, {
      json: { email: member.email, name: 'Dup' },
    })
    expect(res.status).toBe(409)
  })
})

describe('sign in, session, sign out', () => {
  it('sets and clears the session cookie', async () => {
    const { member, company } = await createTenant()
    const api = new ApiClient()
    expect((await api.get('/auth/session')).status).toBe(401)
    await api.signIn(member.email, PASSWORD)
    expect(await asJson(await api.get('/auth/session'))).toMatchObject({
      userId: member.id,
      companyId: company.id,
      role: 'MEMBER',
    })
    const out = await api.post('/auth/signout')
    expect(out.status).toBe(200)
    expect(api.cookie).toBeUndefined()
    expect((await api.get('/auth/session')).status).toBe(401)
  })

  it('answers 401 for a wrong password and 400 for a malformed body', async () => {
    const { member } = await createTenant()
    expect(
      (
        await new ApiClient().post('/auth/signin', {
          json: { email: member.email, password: 'wrong-password' },
        })
      ).status,
    ).toBe(401)
    expect(
      (await new ApiClient().post('/auth/signin', { json: { email: member.email } })).status,
    ).toBe(400)
  })

  it("keeps Payload's own /api/users/login and /me working", async () => {
    const { admin } = await createTenant()
    const api = new ApiClient()
    const login = await api.post('/users/login', {
      json: { email: admin.email, password: PASSWORD },
    })
    expect(login.status).toBe(200)
    const me = await asJson(await api.get('/users/me'))
    expect(me.user).toMatchObject({ id: admin.id, role: 'ADMIN' })
    expect(me.user.hash).toBeUndefined()
    expect((await api.post('/users/logout')).status).toBe(200)
  })
})
