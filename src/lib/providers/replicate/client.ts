import Replicate, { type Prediction } from 'replicate'

import { ProviderError } from '../types'

export type ReplicateOptions = {
  token: string
  /** API base, e.g. a local stub in tests. */
  baseUrl?: string
  pollIntervalMs?: number
  /** One generation's whole budget: the prediction's requests and polling, then the download. */
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

const DEFAULT_TIMEOUT_MS = 10 * 60_000

/**
 * The signal of one generation: the caller's, and a deadline. A provider that stops answering
 * mid-request (not only one whose prediction never finishes) fails as a retryable timeout.
 */
export function generationSignal(options: ReplicateOptions, signal?: AbortSignal) {
  const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  return {
    signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
    timedOut: () => deadline.aborted && !signal?.aborted,
    timeoutError: (predictionId?: string) =>
      new ProviderError(
        `Replicate ${predictionId ? `prediction ${predictionId}` : 'request'} timed out after ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`,
        true,
      ),
  }
}

/** A client whose every request carries `signal` (the replicate client has no timeout of its own). */
function clientFor(options: ReplicateOptions, signal: AbortSignal) {
  return new Replicate({
    auth: options.token,
    baseUrl: options.baseUrl,
    useFileOutput: false,
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
      }),
  })
}

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
  const generation = generationSignal(options, signal)
  const client = clientFor(options, generation.signal)
  const pollInterval = options.pollIntervalMs ?? 1000
  const results = options.webhook?.results
  const replicatePollInterval = results ? (options.webhook?.fallbackPollMs ?? 15_000) : 0
  let lastPoll = Date.now()
  let prediction: Prediction | undefined
  try {
    prediction = await client.predictions.create({
      model,
      input,
      ...(options.webhook
        ? { webhook: options.webhook.url, webhook_events_filter: ['completed' as const] }
        : {}),
    })
    while (!terminal.has(prediction.status)) {
      if (generation.signal.aborted) break
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
    if (!generation.signal.aborted) throw toProviderError(error)
  }
  if (generation.signal.aborted) {
    // Stop paying for work nobody will collect; a failed cancel changes nothing for the job.
    if (prediction) await cancelQuietly(options, prediction.id)
    if (generation.timedOut()) throw generation.timeoutError(prediction?.id)
    throw new ProviderError('Cancelled', false)
  }
  prediction = prediction!
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

/** Cancels a prediction, giving up after a few seconds (the provider may be the one hanging). */
const cancelQuietly = (options: ReplicateOptions, id: string) =>
  clientFor(options, AbortSignal.timeout(5000))
    .predictions.cancel(id)
    .catch(() => undefined)

/** Uploads an input file through Replicate's files API; predictions then take its URL. */
export async function uploadFile(
  options: ReplicateOptions,
  data: Buffer,
  mimeType: string,
  signal?: AbortSignal,
) {
  const generation = generationSignal(options, signal)
  const client = clientFor(options, generation.signal)
  try {
    const file = await client.files.create(new Blob([new Uint8Array(data)], { type: mimeType }))
    return file.urls.get
  } catch (error) {
    if (generation.timedOut()) throw generation.timeoutError()
    throw toProviderError(error)
  }
}
