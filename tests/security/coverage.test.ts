import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import builtConfig from '@payload-config'
import { endpointPolicy } from './endpointPolicy'
import {
  appEntryPoints,
  audiences,
  collectionPolicy,
  collectionRoutes,
  extraCollectionRoutes,
} from './policy'
import { samples } from './support/samples'

/**
 * The policy table covers the built config, not a list kept by hand: every collection, every
 * route Payload serves (collection routes, custom endpoints, root endpoints) and every entry
 * point of the Next app has a row, and no row names something that is gone. A feature that adds
 * a collection or an endpoint fails here until its row says who may use it.
 */

// The built (sanitized) config, without starting Payload: its routes as Payload will serve them.
const config = await builtConfig
const payload = { config }
const root = path.resolve(import.meta.dirname, '../..')
const keyOf = (method: string, apiPath: string) => `${method.toUpperCase()} ${apiPath}`

function servedRoutes() {
  const routes: Array<{ slug?: string; method: string; path: string; key: string }> = []
  for (const collection of payload.config.collections) {
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
      routes.push({
        slug: collection.slug,
        method: endpoint.method,
        path: endpoint.path,
        key: keyOf(
          endpoint.method,
          `/${collection.slug}${endpoint.path === '/' ? '' : endpoint.path}`,
        ),
      })
    }
  }
  for (const endpoint of payload.config.endpoints)
    routes.push({
      method: endpoint.method,
      path: endpoint.path,
      key: keyOf(endpoint.method, endpoint.path),
    })
  return routes
}

function appFiles(dir = path.join(root, 'src/app')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return appFiles(full)
    const relative = path.relative(root, full)
    const source = /\.(tsx?|jsx?)$/.test(entry.name) ? fs.readFileSync(full, 'utf8') : ''
    const entryPoint =
      /^(route|page)\.(t|j)sx?$/.test(entry.name) || /^\s*['"]use server['"]/m.test(source)
    return entryPoint ? [relative] : []
  })
}

describe('the policy table covers the built config', () => {
  it('has a row (and write samples) for every collection, and none for collections that are gone', () => {
    const slugs: string[] = payload.config.collections.map((c) => c.slug)
    expect(
      slugs.filter((slug) => !collectionPolicy[slug]),
      'collections without a policy row',
    ).toEqual([])
    expect(
      slugs.filter((slug) => !samples[slug]),
      'collections without write samples',
    ).toEqual([])
    expect(
      Object.keys(collectionPolicy).filter((slug) => !slugs.includes(slug)),
      'rows for collections that are gone',
    ).toEqual([])
    for (const [slug, policy] of Object.entries(collectionPolicy)) {
      for (const audience of Object.values(policy).flatMap((v) =>
        typeof v === 'object' ? Object.values(v) : [v],
      )) {
        if (typeof audience === 'string')
          expect(audiences, `${slug}: unknown audience ${audience}`).toHaveProperty(audience)
      }
    }
  })

  it('has a row for every route the config serves, and none for routes that are gone', () => {
    const routes = servedRoutes()
    const uncovered = routes.filter(
      ({ slug, method, path: routePath, key }) =>
        !(
          slug &&
          (collectionRoutes[keyOf(method, routePath)] ||
            extraCollectionRoutes[slug as string]?.[keyOf(method, routePath)])
        ) && !endpointPolicy[key],
    )
    expect(
      uncovered.map((r) => r.key),
      'routes without a row in tests/security/policy.ts or endpointPolicy.ts',
    ).toEqual([])
    const served = new Set(routes.map((r) => r.key))
    const stale = Object.entries(endpointPolicy).filter(
      ([key, row]) => !served.has(row.variantOf ?? key),
    )
    expect(
      stale.map(([key]) => key),
      'endpoint rows for routes that are gone',
    ).toEqual([])
    expect(routes.length).toBeGreaterThan(300)
  })

  it('has a row for every route handler, server action and page of the Next app', () => {
    const files = appFiles()
    expect(
      files.filter((file) => !appEntryPoints[file]),
      'app entry points without a row',
    ).toEqual([])
    expect(
      Object.keys(appEntryPoints).filter((file) => !files.includes(file)),
      'rows for files that are gone',
    ).toEqual([])
  })

  it('frontend code reads through the access rules (overrideAccess: false on every Local API call)', () => {
    const sources = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? sources(path.join(dir, e.name))
            : /\.tsx?$/.test(e.name)
              ? [path.join(dir, e.name)]
              : [],
        )
    let calls = 0
    for (const file of sources(path.join(root, 'src/app/(frontend)'))) {
      const source = fs.readFileSync(file, 'utf8')
      // Option objects declared once (`const asUser = { overrideAccess: false, user }`) and spread into calls.
      const safeSpreads = [...source.matchAll(/const (\w+) = \{[^}]*overrideAccess:\s*false/g)].map(
        (m) => m[1],
      )
      for (const [call] of source.matchAll(
        /\.(find|findByID|count|findVersions|update|create|delete|findDistinct)\(\{[^;]*?\}\)/g,
      )) {
        calls++
        const safe =
          /overrideAccess:\s*false/.test(call) ||
          safeSpreads.some((name) => call.includes(`...${name}`))
        expect(
          safe,
          `${path.relative(root, file)}: a Local API call without overrideAccess: false: ${call.slice(0, 120)}`,
        ).toBe(true)
      }
    }
    expect(calls).toBeGreaterThan(5)
  })
})
