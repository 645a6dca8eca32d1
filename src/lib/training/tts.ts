import ESpeakNg from 'espeak-ng'

import { ProviderError, type SpeechRequest, type SpeechSynthesizer } from '../providers/types'

/** Duration of a PCM WAV from its header: data chunk size / byte rate. */
export function wavDurationSeconds(wav: Buffer): number {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new ProviderError('espeak-ng did not produce a WAV file', false)
  }
  let byteRate = 0
  let offset = 12
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4)
    const size = wav.readUInt32LE(offset + 4)
    if (id === 'fmt ') byteRate = wav.readUInt32LE(offset + 16)
    if (id === 'data') {
      if (!byteRate) break
      // espeak may leave a placeholder size; never count past the end of the buffer.
      const dataBytes = Math.min(size, wav.length - offset - 8)
      return dataBytes / byteRate
    }
    offset += 8 + size + (size % 2)
  }
  throw new ProviderError('WAV file has no fmt/data chunk', false)
}

/**
 * Offline text-to-speech with the WASM build of espeak-ng. Each call gets a fresh module
 * instance (its virtual FS and argv are per instance), writes /out.wav and reads it back.
 */
export function createEspeakSynthesizer(options: { voice?: string; wordsPerMinute?: number } = {}): SpeechSynthesizer {
  return {
    name: 'espeak-ng',
    async synthesize(request: SpeechRequest, signal?: AbortSignal) {
      signal?.throwIfAborted()
      const text = request.text.replace(/\s+/g, ' ').trim()
      if (!text) throw new ProviderError('Nothing to speak', false)
      const errors: string[] = []
      const espeak = await ESpeakNg({
        arguments: [
          '-w', '/out.wav',
          '-v', request.voice ?? options.voice ?? 'en-us',
          '-s', String(options.wordsPerMinute ?? 160),
          // "--" so text starting with "-" is never read as an option.
          '--', text,
        ],
        print: () => {},
        printErr: (message: string) => errors.push(message),
      })
      signal?.throwIfAborted()
      let data: Buffer
      try {
        data = Buffer.from(espeak.FS.readFile('/out.wav') as Uint8Array)
      } catch {
        throw new ProviderError(`espeak-ng produced no audio${errors.length ? `: ${errors.join(' ')}` : ''}`, false)
      }
      return { data, mimeType: 'audio/wav', ext: 'wav', durationSeconds: wavDurationSeconds(data) }
    },
  }
}
