import type { CollectionBeforeOperationHook } from 'payload'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { badRequest } from '../../../src/lib/http/errors'
import { probe } from '../../../src/lib/media/probe'

/** Records an uploaded audio/video file's duration (ffprobe) in `durationField`; unreadable media is refused. */
export const measureDuration =
  (options: {
    when: (data: Record<string, unknown>) => boolean
    durationField?: string
  }): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const data = (args.data ?? {}) as Record<string, unknown>
    if (!options.when(data)) return args
    let filePath = req.file.tempFilePath
    let cleanup = async () => {}
    if (!filePath) {
      filePath = path.join(os.tmpdir(), `reelsmith-probe-${randomUUID()}`)
      await fs.promises.writeFile(filePath, req.file.data)
      const written = filePath
      cleanup = () => fs.promises.rm(written, { force: true })
    }
    try {
      const { durationSeconds } = await probe(filePath).catch(() => ({ durationSeconds: null }))
      if (durationSeconds === null)
        throw badRequest('The media file could not be read (no duration).', 'file')
      data[options.durationField ?? 'duration'] = Math.round(durationSeconds * 1000) / 1000
    } finally {
      await cleanup()
    }
    return { ...args, data }
  }
