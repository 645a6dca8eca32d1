import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, type TaskConfig } from 'payload'

import { idOf } from '../../../src/lib/access'
import { inTransaction } from '../../../src/lib/db/transaction'
import { taskRetries } from '../../../src/lib/jobs/settings'
import { fetchStoredFile } from '../../../src/lib/storage/files'
import { pdfPageTexts, UnreadablePdfError } from '../services/pdf'

/**
 * Extracts a manual's text page by page into `manual-pages` (full-text indexed). The file's
 * old pages are replaced in one transaction, so search never sees half a manual. A PDF that
 * cannot be read marks the file `failed` with the reason (no retry: it will not get better).
 */
export const extractManualTask: TaskConfig<{ input: { fileId: string }; output: { pages: number } }> = {
  slug: 'extractManual',
  retries: taskRetries,
  inputSchema: [{ name: 'fileId', type: 'text', required: true }],
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  handler: async ({ input, req: { payload } }) => {
    const file = await payload.findByID({ collection: 'equipment-files', id: input.fileId, depth: 0, disableErrors: true })
    // Deleted (or no longer a manual) since it was queued: nothing to index.
    if (!file || file.fileType !== 'manual') return { output: { pages: 0 } }
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reelsmith-manual-'))
    try {
      const local = await fetchStoredFile(file, path.join(dir, 'manual.pdf'))
      let texts: string[]
      try {
        texts = await pdfPageTexts(new Uint8Array(await fs.promises.readFile(local)))
      } catch (error) {
        if (!(error instanceof UnreadablePdfError)) throw error
        await payload.update({ collection: 'equipment-files', id: file.id, data: { extractionStatus: 'failed', extractionError: error.message } })
        return { output: { pages: 0 } }
      }
      const req = await createLocalReq({}, payload)
      await inTransaction(req, async () => {
        await payload.delete({ collection: 'manual-pages', where: { file: { equals: file.id } }, req })
        for (const [index, text] of texts.entries()) {
          if (!text) continue
          await payload.create({
            collection: 'manual-pages',
            data: { company: idOf(file.company)!, equipment: idOf(file.equipment)!, file: file.id, page: index + 1, text },
            req,
          })
        }
        const indexed = texts.some(Boolean)
        await payload.update({
          collection: 'equipment-files',
          id: file.id,
          data: { extractionStatus: indexed ? 'done' : 'failed', extractionError: indexed ? null : 'The PDF has no extractable text (scanned pages are not read yet).' },
          req,
        })
      })
      return { output: { pages: texts.length } }
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true })
    }
  },
}
