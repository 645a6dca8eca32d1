/**
 * Duration of a PCM WAV from its header. Streamed WAVs (OpenAI speech, espeak-ng) may carry a placeholder
 * data size (0 or 0xFFFFFFFF), so the data chunk is clamped to the bytes actually present.
 */
export function wavDurationSeconds(wav: Buffer): number | null {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') return null
  let byteRate = 0
  let offset = 12
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4)
    const size = wav.readUInt32LE(offset + 4)
    const start = offset + 8
    if (id === 'fmt ' && start + 12 <= wav.length) byteRate = wav.readUInt32LE(start + 8)
    if (id === 'data') {
      if (!byteRate) return null
      const present = wav.length - start
      const bytes = size === 0 || size > present ? present : size
      return bytes / byteRate
    }
    offset = start + size + (size % 2)
  }
  return null
}
