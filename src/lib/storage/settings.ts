import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** S3 settings from the environment (the seed's `AWS_*` names work too), or null for local disk. */
export function s3Settings(env: NodeJS.ProcessEnv = process.env): { bucket: string; clientConfig: S3ClientConfig } | null {
  const bucket = env.S3_BUCKET || env.AWS_S3_BUCKET
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID || env.AWS_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || env.AWS_SECRET_ACCESS_KEY
  return {
    bucket,
    clientConfig: {
      region: env.S3_REGION || env.AWS_REGION || 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // S3-compatible servers (MinIO, s3rver) mishandle the SDK's default streaming checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

/** Where local-disk storage keeps files (when S3 is not configured). */
export const mediaDir = (env: NodeJS.ProcessEnv = process.env) => env.MEDIA_DIR || `${process.cwd()}/.data/media`
