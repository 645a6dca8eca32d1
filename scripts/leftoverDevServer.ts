import fs from 'node:fs'
import path from 'node:path'

import { isAlive } from '../src/lib/db/leftoverServer'

/**
 * `npm run dev` killed with -9 leaves its `next dev` running (holding the port), so the next start
 * would fail with EADDRINUSE. The server runs in a process group of its own, recorded here; the
 * next start stops a recorded group that is still alive and is ours (a `next` process in this
 * directory) before it starts a new one.
 */
const pidFile = (root: string) => path.join(root, '.data', 'next-dev.pid')

const isOurNextDev = (pid: number, root: string) => {
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return command.includes('next') && fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(root)
  } catch {
    return false
  }
}

export async function stopLeftoverDevServer(root = process.cwd()) {
  let pid: number
  try {
    pid = Number(fs.readFileSync(pidFile(root), 'utf8').trim())
  } catch {
    return
  }
  if (pid > 0 && isAlive(pid) && isOurNextDev(pid, root)) {
    console.log(
      `Stopping the next dev server (pid ${pid}) that an interrupted earlier run left behind…`,
    )
    process.kill(-pid, 'SIGTERM')
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100))
    if (isAlive(pid)) process.kill(-pid, 'SIGKILL')
  }
  fs.rmSync(pidFile(root), { force: true })
}

export function recordDevServer(pid: number | undefined, root = process.cwd()) {
  if (!pid) return
  fs.mkdirSync(path.dirname(pidFile(root)), { recursive: true })
  fs.writeFileSync(pidFile(root), String(pid))
}

export const forgetDevServer = (root = process.cwd()) => fs.rmSync(pidFile(root), { force: true })
