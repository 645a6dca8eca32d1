import { createHmac } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'

import {
  createReplicateImageGenerator,
  createReplicateVideoGenerator,
} from '../../src/lib/providers/replicate/generators'
import { verifyReplicateWebhook } from '../../src/lib/providers/replicate/webhook'
import { ProviderError } from '../../src/lib/providers/types'
import { pngBytes } from '../helpers/media'
import { startStub, type StubHandler, type StubResponse } from '../helpers/stubs/server'

let stub: Awaited<ReturnType<typeof startStub>> | undefined
afterEach(async () => stub?.close())

/** Replicate's prediction protocol: create → poll until a terminal status → download the output. */
const replicateProtocol = (
  options: {
    createFailures?: Array<{ status: number; retryAfter?: string }>
    final?: 'succeeded' | 'failed' | 'never'
  } = {},
): StubHandler => {
  const failures = [...(options.createFailures ?? [])]
  let polls = 0
  return async (req, base): Promise<StubResponse> => {
    if (req.method === 'POST' && /^\/v1\/models\/[^/]+\/[^/]+\/predictions$/.test(req.path)) {
      const failure = failures.shift()
      if (failure)
        return {
          status: failure.status,
          headers: failure.retryAfter ? { 'retry-after': failure.retryAfter } : {},
          json: { detail: 'stubbed failure' },
        }
      return {
        status: 201,
        json: {
          id: 'p1',
          status: 'starting',
          input: JSON.parse(req.body).input,
          urls: { get: `${base}/v1/predictions/p1` },
        },
      }
    }
    if (req.method === 'GET' && req.path === '/v1/predictions/p1') {
      polls++
      if (options.final === 'never' || polls < 2)
        return { json: { id: 'p1', status: 'processing' } }
      if (options.final === 'failed')
        return { json: { id: 'p1', status: 'failed', error: 'NSFW content detected' } }
      return { json: { id: 'p1', status: 'succeeded', output: [`${base}/files/out.png`] } }
    }
    if (req.method === 'POST' && req.path === '/v1/predictions/p1/cancel')
      return { json: { id: 'p1', status: 'canceled' } }
    if (req.path === '/files/out.png')
      return { headers: { 'content-type': 'image/png' }, body: await pngBytes('#00ff00', 16) }
    if (req.path === '/files/out.mp4')
      return { headers: { 'content-type': 'video/mp4' }, body: Buffer.from('mp4') }
    return { status: 404, json: { detail: 'not found' } }
  }
}

const imageRequest = {
  prompt: 'a red coupé',
  aspectRatio: '16:9' as const,
  width: 320,
  height: 180,
}
const image = (base: string, timeoutMs = 5000) =>
  createReplicateImageGenerator({
    token: 'r8_test',
    baseUrl: `${base}/v1`,
    pollIntervalMs: 10,
    timeoutMs,
  })

describe('Replicate provider (real client against a protocol stub)', () => {
  it('creates a prediction, polls it and downloads the image', async () => {
    stub = await startStub(replicateProtocol())
    const result = await image(stub.base).generateImage(imageRequest)
    expect(result).toMatchObject({ mimeType: 'image/png', ext: 'png', providerId: 'p1' })
    const create = stub.requests.find((r) => r.method === 'POST')!
    expect(create.path).toBe('/v1/models/black-forest-labs/flux-schnell/predictions')
    expect(create.headers.authorization).toBe('Bearer r8_test')
    expect(JSON.parse(create.body).input).toMatchObject({
      prompt: 'a red coupé',
      aspect_ratio: '16:9',
    })
  })

  it('honours 429 with Retry-After and then succeeds', async () => {
    stub = await startStub(
      replicateProtocol({ createFailures: [{ status: 429, retryAfter: '0' }] }),
    )
    const result = await image(stub.base).generateImage(imageRequest)
    expect(result.providerId).toBe('p1')
    expect(stub.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('turns a 500 into a retryable error, a failed prediction into a readable final one, and a stuck one into a timeout', async () => {
    stub = await startStub(replicateProtocol({ createFailures: [{ status: 500 }] }))
    const serverError = await image(stub.base)
      .generateImage(imageRequest)
      .catch((e) => e)
    expect(serverError).toBeInstanceOf(ProviderError)
    expect(serverError).toMatchObject({ retryable: true, status: 500 })
    await stub.close()

    stub = await startStub(replicateProtocol({ final: 'failed' }))
    const failed = await image(stub.base)
      .generateImage(imageRequest)
      .catch((e) => e)
    expect(failed).toMatchObject({ retryable: false })
    expect(failed.message).toMatch(/NSFW content detected/)
    await stub.close()

    stub = await startStub(replicateProtocol({ final: 'never' }))
    const stuck = await image(stub.base, 100)
      .generateImage(imageRequest)
      .catch((e) => e)
    expect(stuck).toMatchObject({ retryable: true })
    expect(stuck.message).toMatch(/timed out/)
    expect(
      stub.requests.some((r) => r.method === 'POST' && r.path === '/v1/predictions/p1/cancel'),
    ).toBe(true)
  })

  it('asks for a completion webhook when a public URL is configured, and still polls', async () => {
    stub = await startStub(replicateProtocol())
    const generator = createReplicateImageGenerator({
      token: 't',
      baseUrl: `${stub.base}/v1`,
      pollIntervalMs: 10,
      webhook: { url: 'https://studio.example/api/replicate/webhook', secret: 'whsec_x' },
    })
    expect((await generator.generateImage(imageRequest)).providerId).toBe('p1')
    const create = JSON.parse(stub.requests.find((r) => r.method === 'POST')!.body)
    expect(create).toMatchObject({
      webhook: 'https://studio.example/api/replicate/webhook',
      webhook_events_filter: ['completed'],
    })
  })

  it('uploads the frame through the files API when asked and passes its URL', async () => {
    stub = await startStub(async (req, base) => {
      if (req.method === 'POST' && req.path === '/v1/files')
        return { status: 201, json: { id: 'f1', urls: { get: `${base}/v1/files/f1` } } }
      if (req.method === 'POST')
        return {
          status: 201,
          json: { id: 'v3', status: 'succeeded', output: `${base}/files/out.mp4` },
        }
      return replicateProtocol()(req, base)
    })
    // Configured as in production, from the environment.
    const { providersFromEnv } = await import('../../src/lib/providers')
    const { video } = providersFromEnv({
      NODE_ENV: 'test',
      REPLICATE_API_TOKEN: 't',
      REPLICATE_BASE_URL: `${stub.base}/v1`,
      REPLICATE_VIDEO_MODEL: 'wan-video/wan-2.2-i2v-fast',
      REPLICATE_IMAGE_UPLOAD: 'files',
    })
    const image = { data: await pngBytes(), mimeType: 'image/png', ext: 'png' }
    await video.generateVideo({
      image,
      prompt: 'drive',
      durationSeconds: 5,
      aspectRatio: '9:16',
      width: 180,
      height: 320,
      fps: 24,
    })
    const upload = stub.requests.find((r) => r.path === '/v1/files')!
    expect(upload.headers['content-type']).toMatch(/^multipart\/form-data/)
    expect(upload.body).toContain('PNG')
    const create = stub.requests.find(
      (r) => r.path === '/v1/models/wan-video/wan-2.2-i2v-fast/predictions',
    )!
    expect(JSON.parse(create.body).input).toMatchObject({
      image: `${stub.base}/v1/files/f1`,
      aspect_ratio: '9:16',
    })
  })

  it('needs clip lengths for a model outside its table and uses the given ones', async () => {
    expect(() => createReplicateVideoGenerator({ token: 't', model: 'someone/new-i2v' })).toThrow(
      /clipLengths/,
    )
    stub = await startStub(async (req, base) => {
      if (req.method === 'POST')
        return {
          status: 201,
          json: { id: 'v2', status: 'succeeded', output: `${base}/files/out.mp4` },
        }
      return replicateProtocol()(req, base)
    })
    const video = createReplicateVideoGenerator({
      token: 't',
      baseUrl: `${stub.base}/v1`,
      model: 'someone/new-i2v',
      clipLengths: [4, 8],
      pollIntervalMs: 10,
    })
    expect(video.clipLengths).toEqual([4, 8])
    const image = { data: await pngBytes(), mimeType: 'image/png', ext: 'png' }
    await video.generateVideo({
      image,
      prompt: 'drive',
      durationSeconds: 7,
      aspectRatio: '16:9',
      width: 320,
      height: 180,
      fps: 24,
    })
    expect(stub.requests[0]!.path).toBe('/v1/models/someone/new-i2v/predictions')
    expect(JSON.parse(stub.requests[0]!.body).input).toMatchObject({ prompt: 'drive', duration: 8 })
  })

  it('sends the image to the video model and snaps durations to its clip lengths', async () => {
    stub = await startStub(async (req, base) => {
      if (req.method === 'POST')
        return {
          status: 201,
          json: { id: 'v1', status: 'succeeded', output: `${base}/files/out.mp4` },
        }
      return replicateProtocol()(req, base)
    })
    const video = createReplicateVideoGenerator({
      token: 't',
      baseUrl: `${stub.base}/v1`,
      pollIntervalMs: 10,
    })
    expect(video.clipLengths).toEqual([5, 10])
    const result = await video.generateVideo({
      image: { data: await pngBytes(), mimeType: 'image/png', ext: 'png' },
      prompt: 'drive',
      durationSeconds: 9,
      aspectRatio: '16:9',
      width: 320,
      height: 180,
      fps: 24,
    })
    expect(result).toMatchObject({ mimeType: 'video/mp4', providerId: 'v1' })
    const input = JSON.parse(stub.requests[0]!.body).input
    expect(stub.requests[0]!.path).toBe('/v1/models/kwaivgi/kling-v2.1/predictions')
    expect(input.duration).toBe(10)
    expect(input.start_image).toMatch(/^data:image\/png;base64,/)
  })
})

describe('Replicate webhook signatures', () => {
  const secret = `whsec_${Buffer.from('a-webhook-signing-key').toString('base64')}`
  const sign = (id: string, timestamp: number, body: string) =>
    createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
      .update(`${id}.${timestamp}.${body}`)
      .digest('base64')
  const headers = (id: string, timestamp: number, signature: string) =>
    new Headers({
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': `v1,${signature}`,
    })
  const body = JSON.stringify({ id: 'p1', status: 'succeeded' })
  const now = 1_800_000_000

  it('accepts a valid signature', () => {
    expect(
      verifyReplicateWebhook({
        headers: headers('msg_1', now, sign('msg_1', now, body)),
        body,
        secret,
        now,
      }),
    ).toBe(true)
  })

  it('refuses spoofed bodies, wrong secrets, stale timestamps and missing headers', () => {
    const signature = sign('msg_1', now, body)
    expect(
      verifyReplicateWebhook({
        headers: headers('msg_1', now, signature),
        body: body.replace('succeeded', 'failed'),
        secret,
        now,
      }),
    ).toBe(false)
    expect(
      verifyReplicateWebhook({
        headers: headers('msg_1', now, signature),
        body,
        secret: `whsec_${Buffer.from('other').toString('base64')}`,
        now,
      }),
    ).toBe(false)
    expect(
      verifyReplicateWebhook({
        headers: headers('msg_1', now - 3600, sign('msg_1', now - 3600, body)),
        body,
        secret,
        now,
      }),
    ).toBe(false)
    expect(verifyReplicateWebhook({ headers: new Headers(), body, secret, now })).toBe(false)
  })
})

describe('provider selection from the environment', () => {
  it('takes a video model outside the known table with REPLICATE_VIDEO_CLIP_LENGTHS', async () => {
    const { providersFromEnv } = await import('../../src/lib/providers')
    const env = {
      NODE_ENV: 'test' as const,
      REPLICATE_API_TOKEN: 'r8_test',
      REPLICATE_VIDEO_MODEL: 'someone/new-i2v',
    }
    expect(() => providersFromEnv(env)).toThrow(/pass its clipLengths/)
    expect(
      providersFromEnv({ ...env, REPLICATE_VIDEO_CLIP_LENGTHS: '4, 8' }).video.clipLengths,
    ).toEqual([4, 8])
    expect(() => providersFromEnv({ ...env, REPLICATE_VIDEO_CLIP_LENGTHS: '4,soon' })).toThrow(
      /REPLICATE_VIDEO_CLIP_LENGTHS/,
    )
    expect(providersFromEnv({ NODE_ENV: 'test' }).video.name).toBe('local')
  })
})
