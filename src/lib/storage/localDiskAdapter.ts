import type { Adapter } from '@payloadcms/plugin-cloud-storage/types'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * A cloud-storage adapter that writes to a directory, so local disk and S3 share one key
 * layout (`{prefix}/{filename}`) and one code path for uploads, deletes and served files.
 */
export const localDiskAdapter =
  (rootDir: string): Adapter =>
  ({ collection }) => {
    const root = path.resolve(rootDir)
    const resolveInside = (storageFilePath: string) => {
      const full = path.resolve(root, storageFilePath)
      if (!full.startsWith(root + path.sep)) throw new Error('Storage path escapes the media root')
      return full
    }

    return {
      name: 'local-disk',
      async handleUpload({ file, storageFilePath }) {
        const target = resolveInside(storageFilePath)
        await fs.promises.mkdir(path.dirname(target), { recursive: true })
        // Large uploads arrive as temp files: stream them instead of holding them in memory.
        const source = file.tempFilePath
          ? fs.createReadStream(file.tempFilePath)
          : Readable.from([file.buffer])
        await pipeline(source, fs.createWriteStream(target))
      },
      async handleDelete({ storageFilePath }) {
        await fs.promises.rm(resolveInside(storageFilePath), { force: true })
      },
      async staticHandler(req, { doc, params }) {
        const storageFilePath = await getStorageFilePath({
          collection,
          doc,
          filename: params.filename,
          req,
        })
        const full = resolveInside(storageFilePath)
        const stat = await fs.promises.stat(full).catch(() => null)
        if (!stat?.isFile()) return new Response(null, { status: 404, statusText: 'Not Found' })
        const mimeType =
          (doc as { mimeType?: string } | undefined)?.mimeType ?? 'application/octet-stream'
        const body = Readable.toWeb(fs.createReadStream(full)) as ReadableStream
        return new Response(body, {
          headers: { 'Content-Length': String(stat.size), 'Content-Type': mimeType },
          status: 200,
        })
      },
    }
  }
