import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'

import { s3Settings } from './settings'

let client: { bucket: string; s3: S3Client } | null = null

/** The configured bucket, or null when files are on local disk. */
export function s3Bucket() {
  const settings = s3Settings()
  if (!settings) return null
  if (!client || client.bucket !== settings.bucket)
    client = { bucket: settings.bucket, s3: new S3Client(settings.clientConfig) }
  return client
}

const required = () => {
  const bucket = s3Bucket()
  if (!bucket) throw new Error('S3 is not configured')
  return bucket
}

/** A URL the browser PUTs the file to: exact key, exact length and type, never overwriting. */
export async function presignPut(
  key: string,
  contentType: string,
  contentLength: number,
  expiresIn = 900,
) {
  const { bucket, s3 } = required()
  const command = new PutObjectCommand({
    Bucket: bucket,
    Key: key,
    ContentType: contentType,
    ContentLength: contentLength,
  })
  const url = await getSignedUrl(s3, command, {
    expiresIn,
    signableHeaders: new Set(['content-type', 'content-length']),
  })
  return { url, headers: { 'Content-Type': contentType, 'Content-Length': String(contentLength) } }
}

export async function presignGet(key: string, expiresIn = 300) {
  const { bucket, s3 } = required()
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn })
}

export async function headObject(key: string): Promise<{ size: number } | null> {
  const { bucket, s3 } = required()
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    return { size: head.ContentLength ?? 0 }
  } catch {
    return null
  }
}

/** The first `bytes` of an object (enough to sniff its format). */
export async function readObjectStart(key: string, bytes = 4100): Promise<Buffer> {
  const { bucket, s3 } = required()
  const object = await s3.send(
    new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
  )
  return Buffer.from(await object.Body!.transformToByteArray())
}

export async function deleteObject(key: string) {
  const { bucket, s3 } = required()
  await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
}
