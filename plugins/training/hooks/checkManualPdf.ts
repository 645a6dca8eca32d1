import type { CollectionBeforeOperationHook } from 'payload'

import { badRequest } from '../../../src/lib/http/errors'
import { checkPdf, readPdfFile, UnreadablePdfError } from '../services/pdf'

/**
 * A manual must be a PDF we can open: encrypted or damaged files are refused at upload (400)
 * rather than failing later in the extraction job. Runs after `acceptUpload` sniffed the bytes.
 */
export const checkManualPdf: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const id = (args as { id?: string }).id
  const existing =
    operation === 'update' && id
      ? await req.payload.findByID({
          collection: 'equipment-files',
          id,
          depth: 0,
          req,
          disableErrors: true,
        })
      : null
  const fileType = existing?.fileType ?? (args.data as { fileType?: string } | undefined)?.fileType
  if (fileType !== 'manual') return args
  try {
    await checkPdf(await readPdfFile(req.file))
  } catch (error) {
    if (error instanceof UnreadablePdfError) throw badRequest(error.message, 'file')
    throw error
  }
  return args
}
