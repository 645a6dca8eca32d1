import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import { idOf } from '../../../src/lib/db/ids'
import { inTransaction, lockForTransaction } from '../../../src/lib/db/transaction'
import { taskRetries } from '../../../src/lib/jobs/settings'
import { fetchStoredFile } from '../../../src/lib/storage/files'
import { pdfPageTexts, UnreadablePdfError } from '../services/pdf'

/** A manual whose text has not been read into the index yet (older rows have no status). */
export const awaitingExtraction = (file: {
  fileType?: string | null
  extractionStatus?: string | null
}) =>
  file.fileType === 'manual' &&
  file.extractionStatus !== 'done' &&
  file.extractionStatus !== 'failed'

/**
 * Extracts a manual's text page by page into `manual-pages` (full-text indexed), unless that is
 * done already. The job, the upload request and a waiting `POST /api/videos` may all ask at once:
 * a per-file lock makes them take turns, and those after the first find the work done. The old
 * pages are replaced in one transaction, so search never sees half a manual. A PDF that cannot be
 * read marks the file `failed` with the reason (no retry: it will not get better).
 */
export async function extractManual(payload: Payload, fileId: string): Promise<{ pages: number }> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, `extractManual:${fileId}`)
    const file = await payload.findByID({
      collection: 'equipment-files',
      id: fileId,
      depth: 0,
      disableErrors: true,
      req,
    })
    // Deleted, no longer a manual, or read by someone else while we waited for the lock.
    if (!file || !awaitingExtraction(file)) return { pages: 0 }
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-manual-'))
    try {
      const local = await fetchStoredFile(file, path.join(dir, 'manual.pdf'))
      let texts: string[]
      try {
        texts = await pdfPageTexts(new Uint8Array(await fs.promises.readFile(local)))
      } catch (error) {
        if (!(error instanceof UnreadablePdfError)) throw error
        await payload.update({
          collection: 'equipment-files',
          id: file.id,
          data: { extractionStatus: 'failed', extractionError: error.message },
          req,
        })
        return { pages: 0 }
      }
      await payload.delete({
        collection: 'manual-pages',
        where: { file: { equals: file.id } },
        req,
      })
      for (const [index, text] of texts.entries()) {
        if (!text) continue
        await payload.create({
          collection: 'manual-pages',
          data: {
            company: idOf(file.company)!,
            equipment: idOf(file.equipment)!,
            file: file.id,
            page: index + 1,
            text,
          },
          req,
        })
      }
      const indexed = texts.some(Boolean)
      await payload.update({
        collection: 'equipment-files',
        id: file.id,
        data: {
          extractionStatus: indexed ? 'done' : 'failed',
          extractionError: indexed
            ? null
            : 'The PDF has no extractable text (scanned pages are not read yet).',
        },
        req,
      })
      return { pages: texts.length }
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true })
    }
  })
}

export const extractManualTask: TaskConfig<{
  input: { fileId: string }
  output: { pages: number }
}> = {
  slug: 'extractManual',
  retries: taskRetries,
  inputSchema: [{ name: 'fileId', type: 'text', required: true }],
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  handler: async ({ input, req: { payload } }) => ({
    output: await extractManual(payload, input.fileId),
  }),
}
