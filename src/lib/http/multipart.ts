import busboy from 'busboy'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { PayloadRequest } from 'payload'

import { badRequest, RequestError } from './errors'

/** Room for a multipart body's text fields and part headers beside its file. */
const MAX_FIELDS_BYTES = 1024 * 1024

export type UploadedFile = {
  /** Empty: the bytes are in `tempFilePath`, so a large upload never sits in memory. */
  data: Buffer
  tempFilePath: string
  name: string
  mimetype: string
  size: number
}

export type Multipart = {
  fields: Record<string, string>
  file?: UploadedFile
  cleanup: () => Promise<void>
}

/**
 * Streams a multipart/form-data body: text fields into memory (small), the single `file`
 * part to a temp file. Exceeding `maxFileBytes` aborts with a 400 and leaves nothing behind.
 */
export async function readMultipart(
  req: PayloadRequest,
  options: { maxFileBytes: number },
): Promise<Multipart> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!contentType.includes('multipart/form-data') || !req.body) {
    throw badRequest('Send the file as multipart/form-data.', 'file')
  }
  // A body that announces more than the limit (plus room for the form's fields) is refused unread.
  const declared = Number(req.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > options.maxFileBytes + MAX_FIELDS_BYTES)
    throw new RequestError(
      `The request body is larger than the ${options.maxFileBytes} bytes a file may have here.`,
      413,
    )
  const fields: Record<string, string> = {}
  const tempPaths: string[] = []
  const cleanup = async () => {
    await Promise.all(tempPaths.map((p) => fs.promises.rm(p, { force: true })))
  }
  let file: UploadedFile | undefined
  const writes: Promise<void>[] = []
  let failure: Error | undefined

  const parser = busboy({
    headers: { 'content-type': contentType },
    limits: { files: 1, fields: 20, fieldSize: 1024 * 1024, fileSize: options.maxFileBytes },
    defParamCharset: 'utf8',
    // The name as sent, folders included: `acceptUpload` refuses a name that is a path.
    preservePath: true,
  })
  parser.on('field', (name, value) => {
    fields[name] = value
  })
  parser.on('file', (name, stream, info) => {
    if (name !== 'file') {
      stream.resume()
      return
    }
    const tempFilePath = path.join(os.tmpdir(), `reelsmith-upload-${randomUUID()}`)
    tempPaths.push(tempFilePath)
    let size = 0
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
    })
    stream.on('limit', () => {
      failure = badRequest(`The file is larger than ${options.maxFileBytes} bytes.`, 'file')
    })
    writes.push(
      pipeline(stream, fs.createWriteStream(tempFilePath)).then(() => {
        file = {
          data: Buffer.alloc(0),
          tempFilePath,
          name: info.filename ?? 'file',
          mimetype: info.mimeType,
          size,
        }
      }),
    )
  })
  parser.on('filesLimit', () => {
    failure = badRequest('Send one file per request.', 'file')
  })

  try {
    await pipeline(Readable.fromWeb(req.body as import('stream/web').ReadableStream), parser)
    await Promise.all(writes)
  } catch (error) {
    await cleanup()
    throw (
      failure ??
      badRequest(`The multipart body could not be read: ${(error as Error).message}`, 'file')
    )
  }
  if (failure) {
    await cleanup()
    throw failure
  }
  return { fields, file, cleanup }
}

/**
 * Runs `act` with the streamed parts of a multipart body and removes the temp file afterwards,
 * whatever `act` does (refuses the fields, fails to store, or stores it).
 */
export async function withMultipart<T>(
  req: PayloadRequest,
  options: { maxFileBytes: number },
  act: (parts: Omit<Multipart, 'cleanup'>) => Promise<T>,
): Promise<T> {
  const { cleanup, ...parts } = await readMultipart(req, options)
  try {
    return await act(parts)
  } finally {
    await cleanup()
  }
}
