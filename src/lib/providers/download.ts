import { ProviderError } from './types'

const MAX_OUTPUT_BYTES = 512 * 1024 * 1024

const extensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
}

/** Fetches a provider's output file (size-capped); failures are retryable. */
export async function downloadOutput(url: string, signal?: AbortSignal) {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    throw new ProviderError(`Could not download the output: ${(error as Error).message}`, true)
  }
  if (!response.ok)
    throw new ProviderError(
      `Downloading the output failed with HTTP ${response.status}`,
      response.status >= 500,
    )
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > MAX_OUTPUT_BYTES) throw new ProviderError('The output is too large', false)
  // Content-Length may be absent: count while reading so a huge body never fills memory.
  const chunks: Buffer[] = []
  let size = 0
  const reader = response.body?.getReader()
  try {
    for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
      size += next.value.byteLength
      if (size > MAX_OUTPUT_BYTES) {
        await reader!.cancel().catch(() => undefined)
        throw new ProviderError('The output is too large', false)
      }
      chunks.push(Buffer.from(next.value))
    }
  } catch (error) {
    if (error instanceof ProviderError) throw error
    throw new ProviderError(`Could not download the output: ${(error as Error).message}`, true)
  }
  const data = Buffer.concat(chunks)
  const mimeType = (response.headers.get('content-type') ?? 'application/octet-stream')
    .split(';')[0]!
    .trim()
  const ext = extensions[mimeType] ?? url.split('?')[0]!.split('.').pop() ?? 'bin'
  return { data, mimeType, ext }
}
