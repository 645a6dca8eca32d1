import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { createPlatformOperator, createTenant, payload } from '../helpers/fixtures'

describe('companies', () => {
  it('POST /api/companies is for the platform operator only', async () => {
    const { adminApi, memberApi } = await createTenant()
    const { api: operatorApi } = await createPlatformOperator()
    expect((await new ApiClient().post('/companies', { json: { name: 'X' } })).status).toBe(403)
    expect((await adminApi.post('/companies', { json: { name: 'X' } })).status).toBe(403)
    expect((await memberApi.post('/companies', { json: { name: 'X' } })).status).toBe(403)
    const created = await operatorApi.post('/companies', { json: { name: 'Created By Operator' } })
    expect(created.status).toBe(201)
  })

  it('GET/PATCH /api/companies/:id: own company only; ADMIN edits, MEMBER reads', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    expect((await a.memberApi.get(`/companies/${a.company.id}`)).status).toBe(200)
    expect((await a.memberApi.get(`/companies/${b.company.id}`)).status).toBe(404)
    expect((await a.adminApi.get(`/companies/${b.company.id}`)).status).toBe(404)
    expect((await new ApiClient().get(`/companies/${a.company.id}`)).status).toBe(403)

    expect(
      (await a.memberApi.patch(`/companies/${a.company.id}`, { json: { name: 'Hacked' } })).status,
    ).toBe(403)
    expect(
      (await a.adminApi.patch(`/companies/${b.company.id}`, { json: { name: 'Hacked' } })).status,
    ).toBe(404)
    const renamed = await a.adminApi.patch(`/companies/${a.company.id}`, {
      json: { name: 'Renamed Motors' },
    })
    expect(renamed.status).toBe(200)
    expect((await payload.findByID({ collection: 'companies', id: b.company.id })).name).toBe(
      b.company.name,
    )
  })

  it('lists and counts only the caller’s company, and the operator sees company names only', async () => {
    const a = await createTenant('a')
    await createTenant('b')
    const list = await asJson(await a.adminApi.get('/companies'))
    expect(list.docs.map((c: { id: string }) => c.id)).toEqual([a.company.id])
    expect((await asJson(await a.adminApi.get('/companies/count'))).totalDocs).toBe(1)
  })

  it('answers 404, not 500, for ids that are not UUIDs', async () => {
    const { adminApi, company } = await createTenant()
    for (const path of [
      '/companies/not-a-uuid',
      `/companies/not-a-uuid/assets`,
      `/companies/${company.id}/assets/1`,
      '/users/42',
    ]) {
      const res = await adminApi.get(path)
      expect([404], path).toContain(res.status)
    }
  })
})

describe('users', () => {
  it('GET /api/companies/:id/users lists the company’s users to its members, never secrets', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const res = await a.memberApi.get(`/companies/${a.company.id}/users`)
    expect(res.status).toBe(200)
    const body = await asJson(res)
    expect(body.docs.map((u: { id: string }) => u.id).sort()).toEqual(
      [a.admin.id, a.member.id].sort(),
    )
    expect(JSON.stringify(body)).not.toMatch(/"hash"|"salt"|resetPasswordToken|invitationTokenHash/)
    expect((await a.memberApi.get(`/companies/${b.company.id}/users`)).status).toBe(404)
    expect((await new ApiClient().get(`/companies/${a.company.id}/users`)).status).toBe(401)
  })

  it('REST /api/users shows only the own company, by list, count and id', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const list = await asJson(await a.adminApi.get('/users?limit=100'))
    expect(
      list.docs.every(
        (u: { company: string | { id: string } }) =>
          (typeof u.company === 'string' ? u.company : u.company.id) === a.company.id,
      ),
    ).toBe(true)
    expect((await asJson(await a.adminApi.get('/users/count'))).totalDocs).toBe(2)
    expect((await a.adminApi.get(`/users/${b.admin.id}`)).status).toBe(404)
    // Guessing by filter does not reveal anything either.
    const probe = await asJson(
      await a.adminApi.get(`/users?where[email][equals]=${encodeURIComponent(b.admin.email)}`),
    )
    expect(probe.totalDocs).toBe(0)
  })

  it('PATCH /api/users/:id: a MEMBER edits their profile but cannot promote themselves or move company', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    const res = await a.memberApi.patch(`/users/${a.member.id}`, {
      json: { name: 'Renamed', role: 'ADMIN', company: b.company.id, isPlatformOperator: true },
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: a.member.id, depth: 0 })
    expect(after).toMatchObject({
      name: 'Renamed',
      role: 'MEMBER',
      company: a.company.id,
      isPlatformOperator: false,
    })
    expect(
      (await a.memberApi.patch(`/users/${a.admin.id}`, { json: { name: 'Nope' } })).status,
    ).toBe(403)
    expect(
      (await a.adminApi.patch(`/users/${b.member.id}`, { json: { name: 'Nope' } })).status,
    ).toBe(404)
  })

  it('an ADMIN promotes a MEMBER; the last ADMIN cannot be demoted', async () => {
    const a = await createTenant('a')
    expect(
      (await a.adminApi.patch(`/users/${a.admin.id}`, { json: { role: 'MEMBER' } })).status,
    ).toBe(409)
    expect(
      (await a.adminApi.patch(`/users/${a.member.id}`, { json: { role: 'ADMIN' } })).status,
    ).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: a.member.id })).role).toBe('ADMIN')
    expect(
      (await a.adminApi.patch(`/users/${a.admin.id}`, { json: { role: 'MEMBER' } })).status,
    ).toBe(200)
  })

  it('DELETE /api/companies/:id/users/:userId: ADMIN only, own company only, not themselves', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    expect(
      (await a.memberApi.delete(`/companies/${a.company.id}/users/${a.admin.id}`)).status,
    ).toBe(403)
    expect(
      (await a.adminApi.delete(`/companies/${a.company.id}/users/${b.member.id}`)).status,
    ).toBe(404)
    expect(
      (await a.adminApi.delete(`/companies/${b.company.id}/users/${b.member.id}`)).status,
    ).toBe(404)
    expect((await a.adminApi.delete(`/companies/${a.company.id}/users/${a.admin.id}`)).status).toBe(
      409,
    )
    expect(
      (await a.adminApi.delete(`/companies/${a.company.id}/users/${a.member.id}`)).status,
    ).toBe(200)
    expect(
      await payload.findByID({ collection: 'users', id: a.member.id, disableErrors: true }),
    ).toBeNull()
    expect(
      await payload.findByID({ collection: 'users', id: b.member.id, disableErrors: true }),
    ).not.toBeNull()
  })
})

describe('GraphQL', () => {
  it('reads of users, companies and assets never cross companies', async () => {
    const a = await createTenant('a')
    const b = await createTenant('b')
    await payload.create({
      collection: 'company-assets',
      data: { company: b.company.id, type: 'COLOR_SCHEME', value: { primary: '#112233' } },
    })
    const { status, body } = await a.adminApi.graphql(`{
      Users(limit: 100) { totalDocs docs { id email company { id } } }
      Companies { totalDocs docs { id name } }
      CompanyAssets { totalDocs docs { id company { id } } }
    }`)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Users.docs.every((u: any) => u.company.id === a.company.id)).toBe(true)
    expect(body.data.Companies.docs.map((c: any) => c.id)).toEqual([a.company.id])
    expect(body.data.CompanyAssets.totalDocs).toBe(0)

    const direct = await a.adminApi.graphql(`query($id: String!) { User(id: $id) { id email } }`, {
      id: b.admin.id,
    })
    expect(direct.body.data?.User ?? null).toBeNull()
    // Secrets are either not in the schema or never resolved.
    const secrets = await a.adminApi.graphql(`{ Users { docs { id hash salt } } }`)
    const leaked = (secrets.body.data?.Users?.docs ?? []).filter((u: any) => u.hash || u.salt)
    expect(leaked).toEqual([])
  })
})
