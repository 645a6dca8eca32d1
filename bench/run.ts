/**
 * `npm run bench [name…]`: runs the benchmarks in this folder one after another (each prints
 * its own table). Benchmarks measure; they never assert a timing.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const dir = import.meta.dirname
const wanted = process.argv.slice(2)
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => wanted.length === 0 || wanted.includes(path.basename(f, '.ts')))

if (benches.length === 0) {
  console.log('No benchmarks found.')
  process.exit(0)
}
for (const bench of benches) {
  console.log(`\n## ${bench}`)
  const result = spawnSync('npx', ['tsx', path.join(dir, bench)], { stdio: 'inherit' })
  if (result.status !== 0) process.exitCode = 1
}
