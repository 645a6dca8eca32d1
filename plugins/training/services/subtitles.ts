/** WebVTT timestamp `hh:mm:ss.mmm`. */
const timestamp = (seconds: number) => {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}

/** Splits narration into cues of at most ~`maxChars`, at sentence then word boundaries. */
function chunks(text: string, maxChars: number): string[] {
  const out: string[] = []
  for (const sentence of text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+/)) {
    let line = ''
    for (const word of sentence.split(' ')) {
      if (line && line.length + word.length + 1 > maxChars) {
        out.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    if (line) out.push(line)
  }
  return out
}

/**
 * Subtitles for narrated scenes played back to back: each scene's text is split into cues
 * that share the scene's time in proportion to their length.
 */
export function webVtt(scenes: Array<{ text: string; seconds: number }>, maxChars = 84): string {
  const cues: string[] = []
  let start = 0
  for (const scene of scenes) {
    const parts = chunks(scene.text, maxChars)
    const total = parts.reduce((sum, part) => sum + part.length, 0) || 1
    let at = start
    for (const part of parts) {
      const end = at + (scene.seconds * part.length) / total
      // "-->" inside cue text would end the cue line early.
      cues.push(
        `${cues.length + 1}\n${timestamp(at)} --> ${timestamp(end)}\n${part.replace(/-->/g, '→')}`,
      )
      at = end
    }
    start += scene.seconds
  }
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}
