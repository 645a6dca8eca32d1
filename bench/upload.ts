/**
 * Upload benchmark: streams a 1 GB 3D model through `POST /api/cars/variants/:id/media` (the
 * app's real route handler, in this process) and reports the server's peak RSS growth.
 * Goal: ≤ 64 MB — the upload must never be held in memory.
 *   npx tsx bench/upload.ts [sizeInMB]
 */
import { BENCH_PASSWORD, createBenchAdmin, startBenchApp } from './lib/app'
import { load1, record } from './lib/report'

const sizeMB = Number(process.argv[2] ?? 1024)
// The jobs queue stays off: only the upload's own request runs in this process.
const app = await startBenchApp('upload')
const { payload, config } = app
const { REST_POST } = await import('@payloadcms/next/routes')
const post = REST_POST(config)
const { company, email } = await createBenchAdmin(payload, { companyName: 'Bench Motors' })
const model = await payload.create({
  collection: 'car-models',
  data: { company: company.id, name: 'Bench' },
})
const variant = await payload.create({
  collection: 'car-variants',
  data: { company: company.id, model: model.id, year: 2025, trim: 'B' },
})
const { token } = await payload.login({
  collection: 'users',
  data: { email, password: BENCH_PASSWORD },
})

/** A multipart body generated on the fly: a glb header, then `sizeMB` of data, never in memory whole. */
function multipartStream(boundary: string, bytes: number): ReadableStream<Uint8Array> {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\n3D_MODEL\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.glb"\r\nContent-Type: model/gltf-binary\r\n\r\n`,
  )
  const glb = Buffer.alloc(12)
  glb.write('glTF', 0, 'ascii')
  glb.writeUInt32LE(2, 4)
  glb.writeUInt32LE(12, 8)
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const chunk = Buffer.alloc(1024 * 1024, 7)
  let sent = 0
  let stage = 0
  return new ReadableStream({
    pull(controller) {
      if (stage === 0) {
        controller.enqueue(Buffer.concat([head, glb]))
        stage = 1
      } else if (sent < bytes) {
        controller.enqueue(chunk)
        sent += chunk.length
      } else {
        controller.enqueue(tail)
        controller.close()
      }
    },
  })
}

global.gc?.()
const baseline = process.memoryUsage().rss
let peak = baseline
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 25)

const boundary = 'reelsmithbench'
const started = performance.now()
const request = new Request(`http://localhost:3000/api/cars/variants/${variant.id}/media`, {
  method: 'POST',
  headers: {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    authorization: `JWT ${token}`,
  },
  body: multipartStream(boundary, sizeMB * 1024 * 1024),
  duplex: 'half',
} as RequestInit)
const response = await post(request, {
  params: Promise.resolve({ slug: ['cars', 'variants', variant.id, 'media'] }),
})
const seconds = (performance.now() - started) / 1000
clearInterval(sampler)
const body = (await response.json()) as { doc?: { filesize: number } }

const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
record({
  bench: 'upload',
  name: `${sizeMB} MB 3D model upload: server peak RSS growth`,
  value: Number(mb(peak - baseline)),
  unit: 'MB',
  goal: { op: '<=', value: 64 },
  note: `HTTP ${response.status}, ${(sizeMB / seconds).toFixed(0)} MB/s, load ${load1()}`,
})
console.table([
  {
    'upload (MB)': sizeMB,
    status: response.status,
    'stored (MB)': body.doc ? mb(body.doc.filesize) : '—',
    'time (s)': seconds.toFixed(1),
    'throughput (MB/s)': (sizeMB / seconds).toFixed(0),
    'baseline RSS (MB)': mb(baseline),
    'peak RSS growth (MB)': mb(peak - baseline),
    'goal (MB)': 64,
  },
])

await app.stop()
process.exit(0)
