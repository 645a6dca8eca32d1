import type { Payload } from 'payload'

import { RequestError } from '../../../src/lib/http/errors'
import { awaitingExtraction, extractManual } from '../tasks/extractManual'
import { settings } from '../../../src/lib/settings'

/** How long a request waits for an equipment's manuals to be read before it answers "not yet". */
export const manualWaitMs = () => settings().MANUAL_WAIT_SECONDS * 1000

/** Manuals this small are read during their upload request, so the answer means a usable manual. */
export const INLINE_MANUAL_BYTES = 5 * 1024 * 1024

/** The equipment's manuals were still being read when the wait ran out: nothing was written. */
export class ManualsStillReading extends RequestError {
  constructor(
    readonly fileNames: string[],
    why: string,
  ) {
    const many = fileNames.length > 1
    super(
      `The manual${many ? 's' : ''} ${fileNames.map((name) => `"${name}"`).join(', ')} ${many ? 'are' : 'is'} still being read (${why}). ` +
        `Nothing was created: try again in a minute, and the script will be grounded in ${many ? 'them' : 'it'}.`,
      503,
    )
    this.name = 'RequestError'
  }
}

export type ManualProblem = { fileId: string; fileName: string; reason: string }

/**
 * Makes sure the equipment's manuals are read before a script is written from them: reads the
 * ones still waiting now (taking turns with their queued jobs), up to `waitMs`. Throws
 * `ManualsStillReading` when time runs out — never lets a script be written as if the manual did not
 * exist. Returns the manuals that cannot be read at all, for the caller to report.
 */
export async function readManualsFirst(
  payload: Payload,
  equipmentId: string,
  waitMs = manualWaitMs(),
): Promise<ManualProblem[]> {
  const { docs } = await payload.find({
    collection: 'equipment-files',
    where: { and: [{ equipment: { equals: equipmentId } }, { fileType: { equals: 'manual' } }] },
    pagination: false,
    depth: 0,
    select: {
      fileType: true,
      extractionStatus: true,
      extractionError: true,
      originalFilename: true,
      filename: true,
    },
  })
  const nameOf = (file: (typeof docs)[number]) => file.originalFilename || file.filename || file.id
  const waiting = docs.filter(awaitingExtraction)
  if (waiting.length > 0) {
    const reading = Promise.all(waiting.map((file) => extractManual(payload, file.id)))
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      reading.then(
        () => 'read' as const,
        (error: unknown) => error,
      ),
      new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs))),
    ]).finally(() => clearTimeout(timer))
    if (outcome === 'late') {
      // The reading goes on; the next request finds it done.
      reading.catch((error: unknown) =>
        payload.logger.error({ err: error, msg: 'Reading a manual failed' }),
      )
      throw new ManualsStillReading(waiting.map(nameOf), `waited ${Math.round(waitMs / 1000)} s`)
    }
    if (outcome !== 'read') {
      payload.logger.error({ err: outcome, msg: 'Reading a manual failed' })
      throw new ManualsStillReading(
        waiting.map(nameOf),
        'reading it failed this time; its job tries again',
      )
    }
  }
  const { docs: now } = await payload.find({
    collection: 'equipment-files',
    where: {
      and: [
        { equipment: { equals: equipmentId } },
        { fileType: { equals: 'manual' } },
        { extractionStatus: { equals: 'failed' } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { extractionError: true, originalFilename: true, filename: true },
  })
  return now.map((file) => ({
    fileId: file.id,
    fileName: file.originalFilename || file.filename || file.id,
    reason: file.extractionError ?? 'unreadable',
  }))
}

/**
 * Reads a freshly uploaded small manual during its upload request (bounded by `manualWaitMs`), so
 * the upload's answer already says `done`. Never fails the upload: whatever is left, its queued
 * job finishes.
 */
export async function readSmallManualNow(
  payload: Payload,
  file: { id: string; fileType?: string | null; filesize?: number | null },
) {
  if (file.fileType !== 'manual' || (file.filesize ?? Infinity) > INLINE_MANUAL_BYTES) return
  const reading = extractManual(payload, file.id).catch((error: unknown) =>
    payload.logger.error({
      err: error,
      msg: 'Reading a manual during its upload failed; its job will retry',
    }),
  )
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    reading,
    new Promise((resolve) => (timer = setTimeout(resolve, manualWaitMs()))),
  ]).finally(() => clearTimeout(timer))
}
