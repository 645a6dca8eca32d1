import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { settings, SettingsError } from '../../src/lib/settings'
import { envTable, readmeEnvTable, withEnvTable } from '../../src/lib/settings/envTable'
import { type Variable, variables } from '../../src/lib/settings/variables'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

describe('the README environment table', () => {
  it('is the one rendered from src/lib/settings/variables.ts (npm run generate:env-table)', () => {
    expect(readmeEnvTable(read('README.md'))).toBe(envTable())
  })

  it('lists every variable the app reads, except those the tools set themselves', () => {
    const listed = [...envTable().matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((match) => match[1])
    const documented = Object.entries(variables)
      .filter(([, variable]) => !('internal' in variable && variable.internal))
      .map(([name]) => name)
    expect(listed).toEqual(documented)
    expect(listed).toContain('DATABASE_URL')
    expect(listed).not.toContain('NODE_ENV')
  })

  it('is what the generator writes, and only between its markers', () => {
    const stale = '# Title\n\n<!-- env:table -->\n| old |\n<!-- /env:table -->\n\nAfter.\n'
    expect(withEnvTable(stale)).toBe(
      `# Title\n\n<!-- env:table -->\n${envTable()}\n<!-- /env:table -->\n\nAfter.\n`,
    )
    expect(() => withEnvTable('# No table here\n')).toThrow(/env:table/)
  })

  it('.env.example names only variables the app knows', () => {
    const known = new Set(
      Object.entries(variables as Record<string, Variable>).flatMap(([name, v]) => [
        name,
        ...(v.aliases ?? []),
      ]),
    )
    const named = [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1])
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((name) => !known.has(name!))).toEqual([])
  })
})

describe('settings()', () => {
  it('names every bad variable and what it must be', () => {
    const error = (() => {
      try {
        settings({ PORT: 'eighty', S3_FORCE_PATH_STYLE: 'yes', DATABASE_URL: 'mysql://x' })
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(SettingsError)
    expect((error as SettingsError).problems).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// connection string (got "mysql://x")',
      'PORT must be a whole number from 1 to 65535 (got "eighty")',
      'S3_FORCE_PATH_STYLE must be true or false (got "yes")',
    ])
  })

  it('applies defaults, reads the source document’s AWS_* names, and treats empty as unset', () => {
    const parsed = settings({ AWS_S3_BUCKET: 'films', PORT: '', S3_FORCE_PATH_STYLE: 'true' })
    expect(parsed).toMatchObject({
      S3_BUCKET: 'films',
      PORT: 3000,
      S3_FORCE_PATH_STYLE: true,
      JOBS_AUTORUN: true,
    })
    expect(settings({ S3_BUCKET: 'main', AWS_S3_BUCKET: 'alias' }).S3_BUCKET).toBe('main')
  })
})
