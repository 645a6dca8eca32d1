import Replicate, { type Prediction } from 'replicate'

import { ProviderError } from '../types'

export type ReplicateOptions = {
  token: string
  /** API base, e.g. a local stub in tests. */
  baseUrl?: string
  pollIntervalMs?: number
  timeoutMs?: number
  /**
   * With a public URL, Replicate calls us when the prediction completes. `results` reads what
   * the webhook stored; while it is set, Replicate itself is polled only every `fallbackPollMs`.
   */
  webhook?: { url: string; secret: string; results?: PredictionResults; fallbackPollMs?: number }
}

export type ReportedPrediction = { status: string; output?: unknown; error?: unknown }
export type PredictionResults = (predictionId: string) => Promise<ReportedPrediction | null>

const terminal = new Set(['succeeded', 'failed', 'canceled'])

/** Maps client and HTTP failures to ProviderErrors the jobs know how to retry. */
function toProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error
  const status = (error as { response?: Response }).response?.status
  const message = (error as Error).message ?? String(error)
  if (status) {
    const retryAfter =
      Number((error as { response?: Response }).response?.headers.get('retry-after') ?? '') ||
      undefined
    return new ProviderError(
      `Replicate answered HTTP ${status}: ${message.slice(0, 300)}`,
      status === 429 || status >= 500,
      status,
      retryAfter,
    )
  }
  return new ProviderError(`Replicate could not be reached: ${message.slice(0, 300)}`, true)
}

/**
 * Runs a model and returns its first output URL. The `replicate` client already backs off on
 * 429 (and on 5xx for reads); what remains failing becomes a ProviderError.
 */
export async function runPrediction(
  options: ReplicateOptions,
  model: string,
  input: Record<string, unknown>,
  signal?: AbortSignal,
) {
  const client = new Replicate({
    auth: options.token,
    baseUrl: options.baseUrl,
    useFileOutput: false,
  })
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000)
  const pollInterval = options.pollIntervalMs ?? 1000
  const results = options.webhook?.results
  const replicatePollInterval = results ? (options.webhook?.fallbackPollMs ?? 15_000) : 0
  let lastPoll = Date.now()
  let prediction: Prediction
  try {
    prediction = await client.predictions.create({
      model,
      input,
      ...(options.webhook
        ? { webhook: options.webhook.url, webhook_events_filter: ['completed' as const] }
        : {}),
    })
    while (!terminal.has(prediction.status)) {
      if (Date.now() > deadline || signal?.aborted) {
        // Stop paying for work nobody will collect; a failed cancel changes nothing for the job.
        await client.predictions.cancel(prediction.id).catch(() => undefined)
        if (signal?.aborted) throw new ProviderError('Cancelled', false)
        throw new ProviderError(`Replicate prediction ${prediction.id} timed out`, true)
      }
      await new Promise((resolve) => setTimeout(resolve, pollInterval))
      const reported = results ? await results(prediction.id) : null
      if (reported) {
        prediction = { ...prediction, ...reported } as Prediction
        continue
      }
      if (Date.now() - lastPoll < replicatePollInterval) continue
      prediction = await client.predictions.get(prediction.id)
      lastPoll = Date.now()
    }
  } catch (error) {
    throw toProviderError(error)
  }
  if (prediction.status !== 'succeeded') {
    const reason =
      typeof prediction.error === 'string'
        ? prediction.error
        : JSON.stringify(prediction.error ?? 'no reason given')
    throw new ProviderError(`Replicate prediction ${prediction.status}: ${reason}`, false)
  }
  const output = Array.isArray(prediction.output) ? prediction.output[0] : prediction.output
  if (typeof output !== 'string') throw new ProviderError('Replicate returned no output URL', true)
  return { id: prediction.id, url: output }
}

/** Uploads an input file through Replicate's files API; predictions then take its URL. */
export async function uploadFile(
  options: ReplicateOptions,
  data: Buffer,
  mimeType: string,
  signal?: AbortSignal,
) {
  const client = new Replicate({
    auth: options.token,
    baseUrl: options.baseUrl,
    useFileOutput: false,
  })
  try {
    const file = await client.files.create(
      new Blob([new Uint8Array(data)], { type: mimeType }),
      {},
      { signal },
    )
    return file.urls.get
  } catch (error) {
    throw toProviderError(error)
  }
}
