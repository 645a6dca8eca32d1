import OpenAI from 'openai'

import { ProviderError, type SpeechSynthesizer } from '../types'
import { toProviderError } from './toProviderError'
import { wavDurationSeconds } from '../../media/wavDuration'

export type OpenAISpeechOptions = {
  apiKey: string
  baseURL?: string
  model?: string
  voice?: string
  timeoutMs?: number
}

const MAX_AUDIO_BYTES = 64 * 1024 * 1024

/**
 * Voiceover from OpenAI's speech API. WAV is requested so the duration comes from the header
 * without running ffprobe; an answer that is not a readable WAV is refused as not retryable.
 */
export function createOpenAISpeechSynthesizer(options: OpenAISpeechOptions): SpeechSynthesizer {
  // Retries are the jobs' business, not the client's.
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? 'https://api.openai.com/v1',
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
  })
  const model = options.model ?? 'gpt-4o-mini-tts'
  return {
    name: `openai-speech:${model}`,
    async synthesize(request, signal) {
      if (!request.text.trim()) throw new ProviderError('There is no text to speak', false)
      let data: Buffer
      try {
        const response = await client.audio.speech.create(
          {
            model,
            voice: request.voice ?? options.voice ?? 'alloy',
            input: request.text,
            response_format: 'wav',
          },
          { signal },
        )
        data = Buffer.from(await response.arrayBuffer())
      } catch (error) {
        throw toProviderError(error, 'Speech synthesis')
      }
      if (data.length > MAX_AUDIO_BYTES)
        throw new ProviderError('The synthesized audio is too large', false)
      const durationSeconds = wavDurationSeconds(data)
      if (durationSeconds === null)
        throw new ProviderError('The speech API did not return a readable WAV file', false)
      return { data, mimeType: 'audio/wav', ext: 'wav', durationSeconds }
    },
  }
}
