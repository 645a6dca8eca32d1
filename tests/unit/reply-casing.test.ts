import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The reply casing rule (README, "Reply casing"): Payload's camelCase everywhere, except the
 * TrainAI routes, which keep their document's snake_case. Read from the source: every object
 * literal a custom endpoint hands to `Response.json(…)`.
 */
const root = path.resolve(import.meta.dirname, '../..')
const sources = (dir: string): string[] =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))

/** The text of each `Response.json(…)` call's arguments (balanced parentheses). */
function replies(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const found: string[] = []
  for (
    let at = text.indexOf('Response.json(');
    at >= 0;
    at = text.indexOf('Response.json(', at + 1)
  ) {
    let depth = 0
    let end = at + 'Response.json'.length
    do {
      if (text[end] === '(') depth++
      if (text[end] === ')') depth--
      end++
    } while (depth > 0 && end < text.length)
    found.push(text.slice(at, end))
  }
  return found
}

const keys = (reply: string) =>
  [...reply.matchAll(/[{,]\s*([A-Za-z_][A-Za-z0-9_]*)\s*:/g)].map((match) => match[1]!)
const snakeCase = (key: string) => /^[a-z0-9]+(_[a-z0-9]+)+$/.test(key)
const camelCase = (key: string) => /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(key)

const trainAi = 'plugins/training/endpoints'
const endpointFiles = [
  ...sources('endpoints'),
  ...sources('src/lib/http'),
  ...fs
    .readdirSync(path.join(root, 'plugins'))
    .filter((plugin) => fs.existsSync(path.join(root, 'plugins', plugin, 'endpoints')))
    .flatMap((plugin) => sources(`plugins/${plugin}/endpoints`)),
]

const replyKeys = (files: string[]) =>
  files.flatMap((file) =>
    replies(file).flatMap((reply) => keys(reply).map((key) => ({ file, key }))),
  )
const outside = replyKeys(endpointFiles.filter((file) => !file.startsWith(trainAi)))
const inside = replyKeys(endpointFiles.filter((file) => file.startsWith(trainAi)))
const named = (found: Array<{ file: string; key: string }>) =>
  found.map(({ file, key }) => `${file}: ${key}`)

describe('reply casing', () => {
  it('is read from the real replies (a 202 names its job either way)', () => {
    expect(outside.map(({ key }) => key)).toContain('jobId')
    expect(inside.map(({ key }) => key)).toContain('job_id')
  })

  it('is camelCase outside the TrainAI routes', () => {
    expect(named(outside.filter(({ key }) => snakeCase(key)))).toEqual([])
  })

  it('is snake_case in the TrainAI routes', () => {
    expect(named(inside.filter(({ key }) => camelCase(key)))).toEqual([])
  })
})
