import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { withEnv } from '../helpers/env'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { storyboardedProject } from '../helpers/projects'
import { pngBytes } from '../helpers/media'
import { startStub } from '../helpers/stubs/server'

const secret = `whsec_${Buffer.from('reelsmith-webhook-key').toString('base64')}`

/** Headers of a Standard Webhooks delivery, signed with `key`. */
function signed(body: string, key = secret, id = `msg_${Date.now()}`) {
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = createHmac('sha256', Buffer.from(key.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64')
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${signature}`,
  }
}

const waitFor = async (condition: () => boolean, timeoutMs = 10_000) => {
  const until = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('Replicate completion webhooks', () => {
  it('completes a waiting image job from a signed webhook; spoofed calls change nothing', async () => {
    // Replicate that never finishes when polled: only the webhook can complete the prediction.
    const stub = await startStub(async (req, base) => {
      if (req.method === 'POST' && req.path.endsWith('/predictions'))
        return {
          status: 201,
          json: {
            id: 'p-hook',
            status: 'starting',
            urls: { get: `${base}/v1/predictions/p-hook` },
          },
        }
      if (req.method === 'GET' && req.path === '/v1/predictions/p-hook')
        return { json: { id: 'p-hook', status: 'processing' } }
      if (req.path === '/files/out.png')
        return { headers: { 'content-type': 'image/png' }, body: await pngBytes('#123456', 32) }
      return { status: 404, json: { detail: 'not found' } }
    })
    const anonymous = new ApiClient()
    const { memberApi } = await createTenant('webhook')
    const {
      scenes: [scene],
    } = await storyboardedProject(memberApi, { name: 'Hooked', prompt: 'A coupé' })
    const env = {
      REPLICATE_API_TOKEN: 'r8_test',
      REPLICATE_BASE_URL: `${stub.base}/v1`,
      REPLICATE_WEBHOOK_URL: 'https://studio.example/api/replicate/webhook',
      REPLICATE_WEBHOOK_SECRET: secret,
    }
    try {
      await withEnv(env, async () => {
        expect(
          (await memberApi.post('/generate-image', { json: { sceneId: scene!.id } })).status,
        ).toBe(202)
        const running = drainJobs()
        await waitFor(() => stub.requests.some((r) => r.method === 'POST'))
        expect(JSON.parse(stub.requests.find((r) => r.method === 'POST')!.body)).toMatchObject({
          webhook: env.REPLICATE_WEBHOOK_URL,
          webhook_events_filter: ['completed'],
        })

        const body = JSON.stringify({
          id: 'p-hook',
          status: 'succeeded',
          output: [`${stub.base}/files/out.png`],
        })
        const forged = JSON.stringify({ id: 'p-hook', status: 'failed', error: 'forged' })
        expect(
          (
            await anonymous.post('/replicate/webhook', {
              raw: forged,
              headers: signed(forged, `whsec_${Buffer.from('wrong').toString('base64')}`),
            })
          ).status,
        ).toBe(401)
        expect(
          (
            await anonymous.post('/replicate/webhook', {
              raw: forged,
              headers: { ...signed(body), 'content-type': 'application/json' },
            })
          ).status,
        ).toBe(401)
        expect((await payload.count({ collection: 'replicate-predictions' })).totalDocs).toBe(0)

        const delivered = await anonymous.post('/replicate/webhook', {
          raw: body,
          headers: signed(body),
        })
        expect(delivered.status).toBe(200)
        // Replicate may deliver twice: still one record.
        expect(
          (await anonymous.post('/replicate/webhook', { raw: body, headers: signed(body) })).status,
        ).toBe(200)
        await running
      })
    } finally {
      await stub.close()
    }
    expect((await payload.count({ collection: 'replicate-predictions' })).totalDocs).toBe(1)
    const images = (
      await payload.find({
        collection: 'generated-images',
        where: { scene: { equals: scene!.id } },
        depth: 0,
      })
    ).docs
    expect(images.map((i) => [i.replicateId, i.isSelected])).toEqual([['p-hook', true]])
    expect((await payload.findByID({ collection: 'scenes', id: scene!.id })).status).toBe(
      'IMAGE_READY',
    )
    // Tenants never see the provider's bookkeeping.
    expect((await memberApi.get('/replicate-predictions')).status).toBe(403)
  })

  it('answers 404 when no webhook secret is configured', async () => {
    expect(
      (
        await new ApiClient().post('/replicate/webhook', {
          raw: '{}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(404)
  })
})
