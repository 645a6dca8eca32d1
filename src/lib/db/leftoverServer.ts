import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/**
 * A development Postgres that outlived the process that started it (`npm run dev` killed with
 * -9, or a crash, leaves it running), or one that another of our processes is using right now
 * (`npm run seed` while `npm run dev` runs). Starting a second server on the same cluster fails,
 * so the next start connects to it instead.
 */
export type RunningServer = { pid: number; port: number }

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  // An exited server whose parent died stays a zombie until its new parent reaps it (some
  // containers' init never does): it is gone all the same.
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

/** The server whose `postmaster.pid` is in `dataDir`, when its process is alive and answers. */
export async function runningServer(
  dataDir: string,
  credentials: { user: string; password: string },
): Promise<RunningServer | null> {
  let lines: string[]
  try {
    lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')
  } catch {
    return null
  }
  // postmaster.pid: pid, data directory, start time, port, …
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!(pid > 0 && port > 0) || !isAlive(pid)) return null
  // After a reboot the pid may belong to another program: only a server that answers counts.
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    database: 'postgres',
    ...credentials,
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    return { pid, port }
  } catch {
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

/** Asks a server for a fast shutdown (SIGINT); false when it is already gone. */
export function requestStop(pid: number): boolean {
  try {
    process.kill(pid, 'SIGINT')
    return true
  } catch {
    return false
  }
}

/** Fast shutdown of a server we adopted, waiting until it is gone. */
export async function stopServer(pid: number, timeoutMs = 30_000) {
  if (!requestStop(pid)) return
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100))
}

/** Which of our processes stops the cluster's server when it exits (`<dataDir>.owner`). */
export const ownerFile = (dataDir: string) => `${dataDir}.owner`

export function ownerPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(ownerFile(dataDir), 'utf8').trim())
    return pid > 0 ? pid : null
  } catch {
    return null
  }
}

export const claimOwnership = (dataDir: string) =>
  fs.writeFileSync(ownerFile(dataDir), String(process.pid))

export function releaseOwnership(dataDir: string) {
  if (ownerPid(dataDir) === process.pid) fs.rmSync(ownerFile(dataDir), { force: true })
}
