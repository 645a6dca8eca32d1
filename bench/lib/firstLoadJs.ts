import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export type PageJs = { route: string; files: number; rawKb: number; gzipKb: number }

/**
 * First-load JavaScript of each app page of a production build: the root main files every page
 * loads plus the entry chunks of the page and its layouts (from the page's client reference
 * manifest), as a first visit downloads them; sizes raw and gzip-compressed.
 */
export function firstLoadJs(appDir: string): PageJs[] {
  const next = path.join(appDir, '.next')
  const manifest = JSON.parse(fs.readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[]
    pagesChunkGroupBootstrapParams?: Record<string, unknown>
  }
  const pages = Object.keys(manifest.pagesChunkGroupBootstrapParams ?? {}).filter(
    (page) => !page.startsWith('/_'),
  )
  return pages.map((page) => {
    const files = new Set(manifest.rootMainFiles)
    const referenceManifest = path.join(next, 'server/app', `${page}_client-reference-manifest.js`)
    if (fs.existsSync(referenceManifest)) {
      const text = fs.readFileSync(referenceManifest, 'utf8')
      const json = text.slice(text.indexOf('= {') + 2).replace(/;\s*$/, '')
      const entries =
        (JSON.parse(json) as { entryJSFiles?: Record<string, string[]> }).entryJSFiles ?? {}
      for (const chunks of Object.values(entries)) for (const chunk of chunks) files.add(chunk)
    }
    let raw = 0
    let gzip = 0
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(next, file))
      raw += bytes.length
      gzip += zlib.gzipSync(bytes).length
    }
    const route = page.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/'
    return { route, files: files.size, rawKb: raw / 1024, gzipKb: gzip / 1024 }
  })
}
