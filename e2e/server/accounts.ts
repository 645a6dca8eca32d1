/** Who the e2e fixtures create (e2e/server/seed.ts) and the specs sign in as. */
export const e2eAccounts = {
  companies: { northwind: 'Northwind Motors', rival: 'Rival Motors' },
  admin: { email: 'ada@northwind.test', password: 'northwind-admin', name: 'Ada Lind', role: 'ADMIN' as const },
  member: { email: 'max@northwind.test', password: 'northwind-member', name: 'Max Berg', role: 'MEMBER' as const },
  rival: { email: 'rita@rival.test', password: 'rival-admin-pass', name: 'Rita Stone', role: 'ADMIN' as const },
}
