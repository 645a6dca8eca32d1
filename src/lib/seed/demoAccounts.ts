/** The demo logins README lists. Development only: never seeded in production unless asked. */
export const demoAccounts = {
  studioAdmin: {
    email: 'admin@apex-motors.test',
    password: 'reelsmith-admin',
    name: 'Ada Admin',
    role: 'ADMIN',
  },
  studioMember: {
    email: 'member@apex-motors.test',
    password: 'reelsmith-member',
    name: 'Max Member',
    role: 'MEMBER',
  },
  // From the TrainAI document.
  trainai: { email: 'demo@trainai.com', password: 'demo', name: 'TrainAI Demo', role: 'ADMIN' },
  operator: {
    email: 'operator@reelsmith.test',
    password: 'reelsmith-operator',
    name: 'Platform Operator',
    role: 'ADMIN',
  },
} as const

export const demoCompanies = {
  studio: 'Apex Motors',
  trainai: 'TrainAI Demo',
  platform: 'Reelsmith Platform',
} as const
