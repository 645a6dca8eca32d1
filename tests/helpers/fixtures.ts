import config from '@payload-config'
import { randomUUID } from 'node:crypto'
import { getPayload } from 'payload'

import { ApiClient } from './api'

export const payload = await getPayload({ config, cron: false })

export const PASSWORD = 'correct-horse-battery'

let counter = 0
const unique = (label: string) => `${label}-${++counter}-${randomUUID().slice(0, 8)}`

/** A company with one ADMIN and one MEMBER, each with a signed-in API client. */
export async function createTenant(label = 'company') {
  const company = await payload.create({ collection: 'companies', data: { name: unique(label) } })
  const makeUser = (role: 'ADMIN' | 'MEMBER') =>
    payload.create({
      collection: 'users',
      data: {
        email: `${unique(role.toLowerCase())}@example.test`,
        password: PASSWORD,
        name: `${label} ${role}`,
        role,
        company: company.id,
      },
    })
  const admin = await makeUser('ADMIN')
  const member = await makeUser('MEMBER')
  return {
    company,
    admin,
    member,
    adminApi: await new ApiClient().signIn(admin.email, PASSWORD),
    memberApi: await new ApiClient().signIn(member.email, PASSWORD),
  }
}

export async function createPlatformOperator() {
  const tenant = await payload.create({
    collection: 'companies',
    data: { name: unique('platform') },
  })
  const operator = await payload.create({
    collection: 'users',
    data: {
      email: `${unique('operator')}@example.test`,
      password: PASSWORD,
      name: 'Operator',
      role: 'ADMIN',
      company: tenant.id,
      isPlatformOperator: true,
    },
  })
  return { operator, api: await new ApiClient().signIn(operator.email, PASSWORD) }
}
