import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import fs from 'node:fs'

export type Sniffed = { ext: string; mime: string }

export type IncomingFile = { data?: Buffer; tempFilePath?: string; size?: number; name?: string }

/** The first bytes of an upload, wherever Payload put it (memory or a temp file). */
async function head(file: IncomingFile, bytes = 4096): Promise<Buffer> {
  if (file.tempFilePath) {
    const handle = await fs.promises.open(file.tempFilePath, 'r')
    try {
      const buffer = Buffer.alloc(bytes)
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  }
  return (file.data ?? Buffer.alloc(0)).subarray(0, bytes)
}

/** Text formats carry no magic number; recognise them by their first lines. */
const textDetectors: Array<(text: string) => Sniffed | undefined> = [
  (text) => {
    try {
      const json = JSON.parse(text) as { asset?: { version?: unknown } }
      if (json?.asset?.version) return { ext: 'gltf', mime: 'model/gltf+json' }
    } catch {
      /* not complete JSON in the head: fall through */
    }
    return /^\s*\{[\s\S]*"asset"\s*:\s*\{[\s\S]*"version"/.test(text)
      ? { ext: 'gltf', mime: 'model/gltf+json' }
      : undefined
  },
  (text) =>
    /^(?:\s*(?:#.*|mtllib .*|o .*|g .*|s .*|usemtl .*|v(?:n|t)? [-\d.eE+ ]+)?\r?\n)+/.test(text) &&
    /^v [-\d.eE+]+ [-\d.eE+]+ [-\d.eE+]+/m.test(text)
      ? { ext: 'obj', mime: 'model/obj' }
      : undefined,
  (text) => {
    try {
      JSON.parse(text)
      return { ext: 'json', mime: 'application/json' }
    } catch {
      return undefined
    }
  },
]

const isProbablyText = (buffer: Buffer) => buffer.length > 0 && !buffer.includes(0)

/**
 * What the bytes of a file are, whatever its name says. Returns undefined for content
 * nobody recognises; callers refuse it.
 */
export async function sniff(file: IncomingFile): Promise<Sniffed | undefined> {
  const detected = file.tempFilePath
    ? await fileTypeFromFile(file.tempFilePath)
    : file.data
      ? await fileTypeFromBuffer(file.data)
      : undefined
  if (detected) return { ext: detected.ext, mime: detected.mime }
  const start = await head(file)
  if (!isProbablyText(start)) return undefined
  const text = start.toString('utf8')
  for (const detect of textDetectors) {
    const found = detect(text)
    if (found) return found
  }
  return undefined
}

export const fileSize = async (file: IncomingFile): Promise<number> => {
  if (file.tempFilePath) return (await fs.promises.stat(file.tempFilePath)).size
  return file.data?.length ?? file.size ?? 0
}

/** Allowed content families, by the extension file-type reports. */
export const contentFamilies = {
  image: ['jpg', 'png', 'webp', 'avif'],
  font: ['woff', 'woff2', 'ttf', 'otf'],
  audio: ['mp3', 'wav', 'ogg', 'oga', 'm4a', 'aac', 'mp4'],
  model3d: ['glb', 'gltf', 'obj', 'fbx', 'usdz', 'zip'],
  pdf: ['pdf'],
  json: ['json'],
} as const
