/**
 * `npm run dev`: the embedded Postgres (unless `DATABASE_URL` is set), a check of the media
 * binaries, the demo data checked and completed (`SEED_DEMO=false` skips it; a failure is logged
 * and the app starts anyway), then `next dev`. The demo video renders in the background through
 * the app's jobs queue. Stopping it stops the database too.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/lib/db/ensureDatabase'
import { reportMediaBinaries } from '../src/lib/media/checkBinaries'
import { runDemoSeed } from './demoSeed'
import { forgetDevServer, recordDevServer, stopLeftoverDevServer } from './leftoverDevServer'
import { settings } from '../src/lib/settings'

const args = process.argv.slice(2)
const [db] = await Promise.all([ensureDatabase(), reportMediaBinaries(), stopLeftoverDevServer()])
if (settings().SEED_DEMO) await runDemoSeed()

// Its own process group: if this process is killed with -9, the next start can stop it as a whole.
const child = spawn('next', ['dev', ...args], {
  stdio: 'inherit',
  env: process.env,
  detached: true,
})
recordDevServer(child.pid)
// The embedded Postgres package ends the process on a signal before `stop` below could run.
process.once('exit', () => forgetDevServer())
const stop = async (code: number) => {
  forgetDevServer()
  await db.stop().catch(() => {})
  process.exit(code)
}
// Ctrl-C, a closed terminal or a stop request reach the server's whole group through us.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => child.pid && process.kill(-child.pid, signal))
child.on('exit', (code) => void stop(code ?? 0))

/**
 * The first request compiles /admin and starts Payload inside the app — and with it the jobs
 * queue that renders the demo video. Make it now rather than when someone first opens the page.
 */
async function warmUp() {
  const flag = args.findIndex((arg) => arg === '-p' || arg === '--port')
  const port = (flag >= 0 ? args[flag + 1] : undefined) ?? String(settings().PORT)
  const url = `http://localhost:${port}/admin`
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      console.log(`${url} is ready (HTTP ${res.status}).`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}
void warmUp()
