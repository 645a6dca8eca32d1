import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSlug } from 'payload'

import { payload } from '../../helpers/fixtures'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const pending = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false }, hasError: { not_equals: true } },
    })
  ).totalDocs

/** Runs the queue in this process, as the worker does, until every job has completed or failed. */
export async function settleJobs(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while ((await pending()) > 0) {
    if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms`)
    await payload.jobs.run({ limit: 20 })
    await sleep(200)
  }
}

/** Documents of every upload collection whose file is not on disk (local storage, MEDIA_DIR). */
export async function filesMissing(): Promise<string[]> {
  const missing: string[] = []
  for (const collection of payload.config.collections.filter((c) => c.upload)) {
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      pagination: false,
      depth: 0,
    })
    for (const doc of docs as Array<{
      id: string
      prefix?: string | null
      filename?: string | null
    }>) {
      if (!doc.filename) continue
      const stored = path.join(process.env.MEDIA_DIR!, doc.prefix ?? '', doc.filename)
      if (!fs.existsSync(stored))
        missing.push(`${collection.slug} ${doc.id}: ${stored} is not stored`)
    }
  }
  return missing
}
