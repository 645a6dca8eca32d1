import { GetObjectCommand } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { s3Bucket } from './s3Objects'
import { mediaDir } from './settings'

type StoredDoc = { prefix?: string | null; filename?: string | null }

/** The object key of a stored upload document. */
export const storedKey = (doc: StoredDoc) => `${doc.prefix ? `${doc.prefix}/` : ''}${doc.filename}`

/** Copies a stored upload (local disk or S3) to `target`, streaming: jobs work on local files. */
export async function fetchStoredFile(doc: StoredDoc, target: string): Promise<string> {
  const objectKey = storedKey(doc)
  await fs.promises.mkdir(path.dirname(target), { recursive: true })
  const bucket = s3Bucket()
  if (bucket) {
    const object = await bucket.s3.send(
      new GetObjectCommand({ Bucket: bucket.bucket, Key: objectKey }),
    )
    await pipeline(object.Body as Readable, fs.createWriteStream(target))
  } else {
    await fs.promises.copyFile(path.join(mediaDir(), objectKey), target)
  }
  return target
}
