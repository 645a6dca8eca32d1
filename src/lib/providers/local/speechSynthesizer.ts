import ESpeakNg from 'espeak-ng'

import { wavDurationSeconds } from '../../media/wavDuration'
import { ProviderError, type SpeechRequest, type SpeechSynthesizer } from '../types'

/**
 * Offline text-to-speech with the WASM build of espeak-ng. Each call gets a fresh module
 * instance (its virtual FS and argv are per instance), writes /out.wav and reads it back.
 */
export function createEspeakSynthesizer(
  options: { voice?: string; wordsPerMinute?: number } = {},
): SpeechSynthesizer {
  return {
    name: 'espeak-ng',
    async synthesize(request: SpeechRequest, signal?: AbortSignal) {
      signal?.throwIfAborted()
      const text = request.text.replace(/\s+/g, ' ').trim()
      if (!text) throw new ProviderError('Nothing to speak', false)
      const errors: string[] = []
      const espeak = await ESpeakNg({
        arguments: [
          '-w',
          '/out.wav',
          '-v',
          request.voice ?? options.voice ?? 'en-us',
          '-s',
          String(options.wordsPerMinute ?? 160),
          // "--" so text starting with "-" is never read as an option.
          '--',
          text,
        ],
        print: () => {},
        printErr: (message: string) => errors.push(message),
      })
      signal?.throwIfAborted()
      let data: Buffer
      try {
        data = Buffer.from(espeak.FS.readFile('/out.wav') as Uint8Array)
      } catch {
        throw new ProviderError(
          `espeak-ng produced no audio${errors.length ? `: ${errors.join(' ')}` : ''}`,
          false,
        )
      }
      const durationSeconds = wavDurationSeconds(data)
      if (durationSeconds === null)
        throw new ProviderError('espeak-ng did not produce a readable WAV file', false)
      return { data, mimeType: 'audio/wav', ext: 'wav', durationSeconds }
    },
  }
}
