import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../../..')

export type Worker = {
  child: ChildProcess
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

/** A real `npm run worker` process on this test file's database and media directory. */
export function startWorker(env: Record<string, string> = {}): Worker {
  // `node --import tsx` rather than the tsx CLI, which would put the worker in a grandchild that SIGKILL misses.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
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
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Worker polling the jobs queue')) resolve()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) =>
      reject(new Error(`worker exited (${code}) before polling:\n${output}`)),
    )
  })
  return {
    child,
    ready,
    exited,
    output: () => output,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
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
