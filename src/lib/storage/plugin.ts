import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

import { localDiskAdapter } from './localDiskAdapter'
import { s3Settings } from './settings'

/**
 * Puts every upload collection on one storage: S3 when `S3_BUCKET` is set, otherwise a
 * directory. Both go through Payload's cloud-storage plugin, so keys are `{prefix}/{filename}`
 * with the prefix set by each collection from the key module (`prefix: ''` makes the plugin
 * store a per-document prefix). Runs after the feature plugins.
 */
export const storagePlugin =
  (options: { mediaDir: string }): Plugin =>
  (config: Config): Config | Promise<Config> => {
    const slugs = (config.collections ?? []).filter((c) => c.upload).map((c) => c.slug)
    const s3 = s3Settings()
    if (s3) {
      return s3Storage({
        bucket: s3.bucket,
        config: s3.clientConfig,
        collections: Object.fromEntries(slugs.map((slug) => [slug, { prefix: '' }])),
      })(config)
    }
    return cloudStoragePlugin({
      collections: Object.fromEntries(
        slugs.map((slug) => [slug, { adapter: localDiskAdapter(options.mediaDir), prefix: '' }]),
      ),
    })(config)
  }
