import type { S3ClientConfig } from '@aws-sdk/client-s3'

import { type Env, settings } from '../settings'

/** S3 settings from the environment (the seed's `AWS_*` names work too), or null for local disk. */
export function s3Settings(env?: Env): { bucket: string; clientConfig: S3ClientConfig } | null {
  const {
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: secretAccessKey,
    ...s3
  } = settings(env)
  if (!bucket) return null
  return {
    bucket,
    clientConfig: {
      region: s3.S3_REGION || 'us-east-1',
      endpoint: s3.S3_ENDPOINT,
      forcePathStyle: s3.S3_FORCE_PATH_STYLE,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // S3-compatible servers (MinIO, s3rver) mishandle the SDK's default streaming checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}

/** Where local-disk storage keeps files (when S3 is not configured). */
export const mediaDir = (env?: Env) => settings(env).MEDIA_DIR || `${process.cwd()}/.data/media`
