import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

/** A new or replaced manual file is pending extraction until the job has indexed its pages. */
export const markManualPending: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.file && data.fileType === 'manual') {
    data.extractionStatus = 'pending'
    data.extractionError = null
  }
  return data
}

/**
 * Queues text extraction for a new or replaced manual, in the upload's transaction: a
 * rolled-back upload queues nothing. The job replaces the file's indexed pages.
 */
export const queueManualExtraction: CollectionAfterChangeHook = async ({ doc, req }) => {
  const queuedKey = `extractManual:${doc.id}`
  if (doc.fileType !== 'manual' || !req.file || req.context[queuedKey]) return doc
  req.context[queuedKey] = true
  await req.payload.jobs.queue({ task: 'extractManual', input: { fileId: doc.id }, req })
  return doc
}
