import type { Endpoint } from 'payload'
import { z } from 'zod'

import { verifyReplicateWebhook } from '../../../src/lib/providers/replicate/webhook'
import { badRequest, notFound, unauthorized } from '../../../src/lib/http/errors'
import { publicEndpoint } from '../../../src/lib/http/signInFirst'
import { settings } from '../../../src/lib/settings'

const prediction = z.object({
  id: z.string().min(1).max(200),
  status: z.enum(['starting', 'processing', 'succeeded', 'failed', 'canceled']),
  output: z
    .union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())])
    .nullable()
    .optional(),
  error: z.unknown().optional(),
})

/**
 * `POST /api/replicate/webhook`: Replicate reports a finished prediction. Only correctly
 * signed calls (REPLICATE_WEBHOOK_SECRET) are believed; the result is stored for the job that
 * waits on it, which otherwise keeps polling.
 */
export const replicateWebhook: Endpoint = publicEndpoint(
  {
    path: '/replicate/webhook',
    method: 'post',
    handler: async (req) => {
      const secret = settings().REPLICATE_WEBHOOK_SECRET
      if (!secret) throw notFound('Route')
      const body = req.text ? await req.text() : ''
      if (!verifyReplicateWebhook({ headers: req.headers, body, secret }))
        throw unauthorized('Invalid webhook signature.')
      let json: unknown
      try {
        json = JSON.parse(body)
      } catch {
        throw badRequest('The webhook body is not valid JSON.', 'body')
      }
      const parsed = prediction.safeParse(json)
      if (!parsed.success) throw badRequest('The webhook body is not a prediction.', 'body')
      const { id, status, output, error } = parsed.data
      if (status === 'succeeded' || status === 'failed' || status === 'canceled') {
        const data = {
          predictionId: id,
          status,
          output: output ?? null,
          error:
            error === undefined || error === null
              ? null
              : typeof error === 'string'
                ? error
                : JSON.stringify(error),
        }
        const existing = await req.payload.find({
          collection: 'replicate-predictions',
          where: { predictionId: { equals: id } },
          limit: 1,
          depth: 0,
        })
        // A prediction completes once: a repeated (or replayed) delivery changes nothing.
        if (!existing.docs[0])
          await req.payload.create({ collection: 'replicate-predictions', data })
      }
      return Response.json({ received: true })
    },
  },
  'Replicate calls it; it checks its own signature (REPLICATE_WEBHOOK_SECRET)',
)
