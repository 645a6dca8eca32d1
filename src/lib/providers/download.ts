import { ProviderError } from './types'

const MAX_OUTPUT_BYTES = 512 * 1024 * 1024

const extensions: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'video/mp4': 'mp4', 'audio/mpeg': 'mp3', 'audio/wav': 'wav' }

/** Fetches a provider's output file (size-capped); failures are retryable. */
export async function downloadOutput(url: string, signal?: AbortSignal) {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    throw new ProviderError(`Could not download the output: ${(error as Error).message}`, true)
  }
  if (!response.ok) throw new ProviderError(`Downloading the output failed with HTTP ${response.status}`, response.status >= 500)
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > MAX_OUTPUT_BYTES) throw new ProviderError('The output is too large', false)
  const data = Buffer.from(await response.arrayBuffer())
  const mimeType = (response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim()
  const ext = extensions[mimeType] ?? url.split('?')[0]!.split('.').pop() ?? 'bin'
  return { data, mimeType, ext }
}
