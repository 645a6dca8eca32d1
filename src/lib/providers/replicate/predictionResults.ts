import type { Payload } from 'payload'

import type { PredictionResults } from './client'

/** What Replicate's signed webhooks reported (`replicate-predictions`), for the waiting jobs. */
export const predictionResults =
  (payload: Payload): PredictionResults =>
  async (predictionId) => {
    const { docs } = await payload.find({
      collection: 'replicate-predictions',
      where: { predictionId: { equals: predictionId } },
      limit: 1,
      depth: 0,
    })
    const doc = docs[0]
    return doc
      ? { status: doc.status, output: doc.output ?? undefined, error: doc.error ?? undefined }
      : null
  }
