import { ProviderError } from '../types'

/** Maps an `openai` client failure: 429, 5xx and no answer (timeouts, refused connections) are retryable. */
export function toProviderError(error: unknown, what: string): ProviderError {
  const status = (error as { status?: number }).status
  const retryAfter = Number((error as { headers?: Headers }).headers?.get?.('retry-after'))
  return new ProviderError(
    `${what} failed${status ? ` with HTTP ${status}` : ''}: ${(error as Error).message}`,
    !status || status === 429 || status >= 500,
    status,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  )
}
