import path from 'node:path'

import { concatClips } from './concat'
import type { ClipFormat } from './format'
import { probe } from './probe'
import { trimClip } from './render'

export type JoinPart = { file: string; trimStart?: number | null; trimEnd?: number | null }

/** Trimmed parts re-encoded at once: one ffmpeg leaves a core idle much of a short clip's time. */
const TRIMS_AT_ONCE = 2

/**
 * Joins local clips of the common format, in order, into `output`: a part trimmed at either end
 * is re-encoded to [trimStart, trimEnd) in `workDir`; the rest are joined by stream copy.
 */
export async function joinClips(parts: JoinPart[], output: string, format: ClipFormat, workDir: string) {
  const inputs: string[] = new Array(parts.length)
  let next = 0
  const worker = async () => {
    for (let index = next++; index < parts.length; index = next++) {
      const part = parts[index]!
      inputs[index] = part.file
      // Only a clip with a trim needs its length (an ffprobe per clip is most of a short stitch).
      if (part.trimStart == null && part.trimEnd == null) continue
      const length = (await probe(part.file)).durationSeconds ?? 0
      const start = part.trimStart ?? 0
      const end = part.trimEnd ?? length
      if (start > 0.001 || end < length - 0.001) {
        const trimmed = path.join(workDir, `trimmed-${index}.mp4`)
        await trimClip({ input: part.file, output: trimmed, start, end, format })
        inputs[index] = trimmed
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(TRIMS_AT_ONCE, parts.length) }, worker))
  await concatClips(inputs, output)
}
