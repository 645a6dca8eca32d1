import { randomBytes } from 'node:crypto'

import { mp4Bytes, pngBytes } from '../../helpers/media'
import { type StubResponse, startStub } from '../../helpers/stubs/server'

/**
 * A stub speaking Replicate's predictions protocol whose faults are chosen per scene: a prompt
 * holding `fault-<name>` gets fault `<name>` (image and video models alike, unless `videoOnly`).
 * Counts, per fault, the predictions created and those that succeeded.
 */
export type Fault =
  | 'none'
  | 'rate-limited' // 429 with Retry-After twice, then served
  | 'server-error' // 500 on every create
  | 'stuck' // the prediction never finishes
  | 'silent' // the create request is never answered
  | 'garbled' // the create answer is not JSON
  | 'noise' // the prediction succeeds; its output is random bytes labelled image/png
  | 'unreachable' // the output URL points at a closed port
  | 'held' // the create request waits until `openGate()`, then is served

export const UNREACHABLE_OUTPUT = 'http://127.0.0.1:4139/gone.png'

export async function startFaultyReplicate() {
  const png = await pngBytes('#446688', 32)
  const mp4 = await mp4Bytes()
  const created = new Map<string, number>()
  const succeeded = new Map<string, number>()
  const faults = new Map<string, Fault>()
  /** Video faults that heal when removed (a step that fails, then works on retry). */
  const videoFaults = new Map<string, Fault>()
  const predictions = new Map<string, { name: string; fault: Fault; video: boolean }>()
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let next = 0
  let openGate = () => {}
  const gate = new Promise<void>((resolve) => (openGate = resolve))

  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  const answer = (id: string, base: string): StubResponse => {
    const prediction = predictions.get(id)!
    if (prediction.fault === 'stuck') return { json: { id, status: 'processing' } }
    bump(succeeded, prediction.name)
    const output =
      prediction.fault === 'unreachable'
        ? UNREACHABLE_OUTPUT
        : `${base}/files/${id}.${prediction.video ? 'mp4' : prediction.fault === 'noise' ? 'bin' : 'png'}`
    return { json: { id, status: 'succeeded', output: [output] } }
  }

  const stub = await startStub(async (request, base) => {
    if (request.method === 'POST' && request.path.endsWith('/predictions')) {
      const input = JSON.parse(request.body).input as { prompt?: string }
      const name = /fault-([\w-]+)/.exec(String(input.prompt))?.[1] ?? 'none'
      const video = /kling|i2v|video/.test(request.path)
      const fault = (video ? videoFaults.get(name) : undefined) ?? faults.get(name) ?? 'none'
      bump(created, `${name}${video ? ':video' : ''}`)
      const attempt = created.get(`${name}${video ? ':video' : ''}`)!
      if (fault === 'rate-limited' && attempt <= 2)
        return {
          status: 429,
          headers: { 'retry-after': '0' },
          json: { detail: 'Request was throttled.' },
        }
      if (fault === 'server-error') return { status: 500, json: { detail: 'Internal error' } }
      if (fault === 'silent') {
        await released
        return { status: 503, json: { detail: 'gone' } }
      }
      if (fault === 'held') await gate
      if (fault === 'garbled')
        return { status: 201, headers: { 'content-type': 'application/json' }, body: '<html>{"id' }
      const id = `p${++next}`
      predictions.set(id, { name: `${name}${video ? ':video' : ''}`, fault, video })
      return answer(id, base)
    }
    const polled = /\/predictions\/(p\d+)$/.exec(request.path)
    if (request.method === 'GET' && polled) return answer(polled[1]!, base)
    if (/\/predictions\/p\d+\/cancel$/.test(request.path))
      return { json: { id: 'cancelled', status: 'canceled' } }
    if (request.path.endsWith('.png'))
      return { headers: { 'content-type': 'image/png' }, body: png }
    if (request.path.endsWith('.mp4'))
      return { headers: { 'content-type': 'video/mp4' }, body: mp4 }
    if (request.path.endsWith('.bin'))
      return { headers: { 'content-type': 'image/png' }, body: randomBytes(4096) }
    return { status: 404, json: { detail: 'not found' } }
  })

  return {
    base: stub.base,
    requests: stub.requests,
    faults,
    videoFaults,
    created: (name: string) => created.get(name) ?? 0,
    succeeded: (name: string) => succeeded.get(name) ?? 0,
    openGate: () => openGate(),
    close: async () => {
      openGate()
      release()
      await stub.close()
    },
  }
}
