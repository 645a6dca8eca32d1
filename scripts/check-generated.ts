/**
 * CI guard: generated files must match what the commands produce from the current config —
 * `payload-types.ts`, the admin import map, and the migrations (no schema change without one).
 * Leaves the work tree as it found it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const migrationsDir = path.join(root, 'src/migrations')
const env = { ...process.env, DATABASE_URL: '' }
const payload = (...args: string[]) =>
  execFileSync(path.join(root, 'node_modules/.bin/payload'), args, {
    cwd: root,
    env,
    stdio: 'pipe',
  })

const problems: string[] = []

for (const [file, command] of [
  ['payload-types.ts', 'generate:types'],
  ['src/app/(payload)/admin/importMap.js', 'generate:importmap'],
] as const) {
  const full = path.join(root, file)
  const before = fs.readFileSync(full, 'utf8')
  payload(command)
  const after = fs.readFileSync(full, 'utf8')
  fs.writeFileSync(full, before)
  if (before !== after) problems.push(`${file} is stale: run \`npm run ${command}\` and commit it.`)
}

const existing = new Set(fs.readdirSync(migrationsDir))
const indexBefore = fs.readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
payload('migrate:create', 'schema_check', '--skip-empty')
const created = fs.readdirSync(migrationsDir).filter((f) => !existing.has(f))
for (const file of created) fs.rmSync(path.join(migrationsDir, file))
fs.writeFileSync(path.join(migrationsDir, 'index.ts'), indexBefore)
if (created.length > 0)
  problems.push(
    'The schema changed without a migration: run `npm run migrate:create -- <name>` and commit it.',
  )

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log('Generated files are up to date: types, import map, migrations.')
