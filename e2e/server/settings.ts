import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const artifactsDir = path.join(root, 'e2e/artifacts')

/** Fixed ports (E2E_PORT_BASE, default 4100): app, embedded Postgres, storyboard stub. */
const base = Number(process.env.E2E_PORT_BASE || 4100)
export const e2ePorts = { app: base, postgres: base + 2, llm: base + 3 }
export const appLog = path.join(artifactsDir, 'app.log')
