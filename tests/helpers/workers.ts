import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type Worker = {
  /** The running process (a second one when the first stopped before polling). */
  readonly child: ChildProcess
  ready: Promise<void>
  exited: Promise<void>
  output: () => string
  kill: (signal: NodeJS.Signals) => Promise<void>
}

const inherited = [
  'PATH',
  'HOME',
  'TMPDIR',
  'NODE_ENV',
  'DATABASE_URL',
  'MEDIA_DIR',
  'PAYLOAD_SECRET',
  'PAYLOAD_DB_PUSH',
  'RENDER_HEIGHT',
  'RENDER_FPS',
]

function spawnWorker(env: Record<string, string>) {
  // `node --import tsx` rather than the tsx CLI, which would put the worker in a grandchild that SIGKILL misses.
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    // What a worker needs from this test file, and nothing another test left in the environment.
    env: {
      ...Object.fromEntries(
        inherited.flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
      ),
      LOG_LEVEL: 'info',
      WORKER_POLL_MS: '100',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * A real `npm run worker` process on this test file's database and media directory. Started a
 * second time when the first stops before it polls: on a loaded machine a worker's start very
 * rarely ends without a word while Node loads its modules (scripts/worker.ts then says so and
 * exits 1); a second start tells that apart from a worker that cannot start at all.
 */
export function startWorker(env: Record<string, string> = {}): Worker {
  let child = spawnWorker(env)
  let output = ''
  const listen = (process: ChildProcess) => {
    const onData = (chunk: Buffer) => (output += chunk.toString())
    process.stdout!.on('data', onData)
    process.stderr!.on('data', onData)
  }
  listen(child)
  const polling = (process: ChildProcess) =>
    new Promise<boolean>((resolve) => {
      const check = () => output.includes('Worker polling the jobs queue') && resolve(true)
      process.stdout!.on('data', check)
      process.stderr!.on('data', check)
      process.once('exit', () => resolve(output.includes('Worker polling the jobs queue')))
    })
  let stopped = false
  const ready = (async () => {
    if ((await polling(child)) || stopped) return
    output += '\n[test] the worker stopped before polling; starting it once more\n'
    child = spawnWorker(env)
    listen(child)
    if (!(await polling(child)))
      throw new Error(`worker exited (${child.exitCode}) before polling:\n${output}`)
  })()
  // A failed start is reported by `ready`; nobody else has to handle it.
  ready.catch(() => {})
  const exitOf = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => process.once('exit', () => resolve()))
  return {
    get child() {
      return child
    },
    ready,
    get exited() {
      return exitOf(child)
    },
    output: () => output,
    kill: async (signal) => {
      stopped = true
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exitOf(child)
    },
  }
}

export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
