import { settings } from '../settings'

/**
 * The one format every clip is rendered to, so the final stitch concatenates with stream copy:
 * H.264 yuv420p at a fixed size and frame rate, AAC 48 kHz stereo.
 */
export type ClipFormat = { width: number; height: number; fps: number }

export const AUDIO_RATE = 48000

/** Size for an aspect ratio at a given height (even numbers, as H.264 needs). */
export function formatFor(aspectRatio: string, height: number, fps = 24): ClipFormat {
  const [w, h] = aspectRatio.split(':').map(Number)
  const even = (n: number) => Math.max(2, Math.round(n / 2) * 2)
  return { width: even((height * (w || 16)) / (h || 9)), height: even(height), fps }
}

/** Output options shared by every clip render. */
export const clipOutputOptions = (format: ClipFormat) => [
  '-c:v libx264',
  '-preset veryfast',
  '-pix_fmt yuv420p',
  `-r ${format.fps}`,
  '-c:a aac',
  `-ar ${AUDIO_RATE}`,
  '-ac 2',
  '-b:a 128k',
  '-movflags +faststart',
]

/** The render format of a project's clips (small in tests: `RENDER_HEIGHT=180`). */
export const renderFormat = (aspectRatio: string) =>
  formatFor(aspectRatio || '16:9', settings().RENDER_HEIGHT, settings().RENDER_FPS)
