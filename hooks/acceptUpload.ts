import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { badRequest } from '../src/lib/http/errors'
import { fileSize, sniff } from '../src/lib/files/sniff'
import { zipBombReason } from '../src/lib/files/zipBomb'

type Rules = {
  /** Extensions (as sniffed) accepted for this document, or null when it takes no file. */
  allowed: (
    data: Record<string, unknown>,
    req: PayloadRequest,
  ) => readonly string[] | null | Promise<readonly string[] | null>
  /** Largest accepted file in bytes, per document. */
  maxBytes?: (data: Record<string, unknown>) => number
}

const displayName = (name: string | undefined) =>
  // Keep only the last path segment: `../../x.png` is stored as `x.png`.
  path.basename(String(name ?? 'file').replace(/\\/g, '/')).slice(0, 255) || 'file'

/**
 * Runs before Payload reads an upload: refuses content the bytes do not prove (whatever the
 * extension says), and names the stored object `{documentId}.{ext}` so keys follow the
 * storage layout. The id is chosen here, before the row exists, for that reason.
 */
export const acceptUpload =
  (rules: Rules): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const data = (args.data ?? {}) as Record<string, unknown>
    const file = req.file
    // A direct-to-bucket upload was given its id (and object key) when its URL was signed.
    if (operation === 'create')
      data.id = (req.context?.presetId as string | undefined) ?? randomUUID()
    const id = operation === 'create' ? (data.id as string) : (args as { id?: string }).id

    if (!file) return { ...args, data }
    if (!id) throw badRequest('Files can only be replaced one document at a time.', 'file')

    const existing =
      operation === 'update'
        ? await req.payload.findByID({
            collection: args.collection.config.slug,
            id,
            depth: 0,
            req,
            disableErrors: true,
          })
        : null
    const merged = { ...(existing ?? {}), ...data }
    const allowed = await rules.allowed(merged, req)
    if (!allowed) throw badRequest('This document does not take a file.', 'file')

    // A name is a label, never a path: `../../etc/passwd.png` or `C:\\x.png` says someone is probing.
    if (!isPlainName(file.name ?? '')) {
      throw badRequest(
        'The file name must be a plain name, without folders, "..", or control characters.',
        'file',
      )
    }
    const size = await fileSize(file)
    if (size === 0) throw badRequest('The file is empty.', 'file')
    const limit = rules.maxBytes?.(merged)
    if (limit && size > limit) throw badRequest(`The file is larger than ${limit} bytes.`, 'file')

    const sniffed = await sniff(file)
    if (!sniffed || !allowed.includes(sniffed.ext)) {
      throw badRequest(
        `The file content is ${sniffed ? sniffed.mime : 'not a recognised format'}; expected ${allowed.join(', ')}.`,
        'file',
      )
    }
    // The name may say another format of the same kind (a JPEG named .png), not another kind.
    const declared = familyOf(path.extname(file.name ?? '').slice(1))
    if (declared && declared !== familyOf(sniffed.ext)) {
      throw badRequest(
        `The file's name says ${declared}, but its content is ${sniffed.mime}.`,
        'file',
      )
    }
    if (sniffed.ext === 'zip' || sniffed.ext === 'usdz') {
      const bomb = await zipBombReason(file)
      if (bomb) throw badRequest(`The archive is refused: ${bomb}.`, 'file')
    }
    data.originalFilename = displayName(file.name)
    file.name = `${id}.${sniffed.ext}`
    file.mimetype = sniffed.mime
    return { ...args, data }
  }

/** A file name without folders, `..`, or control characters (codes below 32). */
const isPlainName = (name: string) =>
  !/[/\\]/.test(name) &&
  !/^\.+$/.test(name) &&
  [...name].every((character) => character.charCodeAt(0) >= 32)

const families: Record<string, string[]> = {
  image: ['png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'svg', 'bmp', 'tif', 'tiff'],
  video: ['mp4', 'mov', 'webm', 'm4v', 'mkv', 'avi'],
  audio: ['mp3', 'wav', 'ogg', 'm4a', 'aac', 'flac'],
  model: ['glb', 'gltf', 'usdz', 'zip', 'obj', 'fbx'],
  document: ['pdf'],
}

/** The kind of file an extension names (image, video, audio, 3D model, document), if known. */
const familyOf = (ext: string) =>
  Object.keys(families).find((family) => families[family]!.includes(ext.toLowerCase()))
