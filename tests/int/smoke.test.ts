import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant } from '../helpers/fixtures'

describe('smoke', () => {
  it('signs in and reads the session', async () => {
    const { adminApi, company, admin } = await createTenant()
    const res = await adminApi.get('/auth/session')
    expect(res.status).toBe(200)
    const body = await asJson(res)
    expect(body).toMatchObject({ userId: admin.id, companyId: company.id, role: 'ADMIN' })
  })
})
