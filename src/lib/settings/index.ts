import type { z } from 'zod'

import { type VariableName, variables } from './variables'

export type Settings = { [Name in VariableName]: z.output<(typeof variables)[Name]['schema']> }

export type Env = Record<string, string | undefined>

/** Bad values, each named with its variable and what it must be. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
    this.name = 'SettingsError'
  }
}

const names = Object.keys(variables) as VariableName[]
const rawValue = (env: Env, name: VariableName): string | undefined => {
  const variable = variables[name]
  const aliases = 'aliases' in variable ? variable.aliases : []
  return [name, ...aliases]
    .map((key) => env[key])
    .find((value) => value !== undefined && value !== '')
}

function parse(env: Env): Settings {
  const parsed: Record<string, unknown> = {}
  const problems: string[] = []
  for (const name of names) {
    const raw = rawValue(env, name)
    const result = variables[name].schema.safeParse(raw)
    if (result.success) parsed[name] = result.data
    else
      problems.push(
        `${name} ${result.error.issues[0]?.message ?? 'is invalid'} (got ${JSON.stringify(raw)})`,
      )
  }
  if (problems.length > 0) throw new SettingsError(problems)
  return parsed as Settings
}

let last: { key: string; settings: Settings } | undefined

/**
 * The app's settings, read from the environment and validated with zod: the first call (at
 * startup, from payload.config.ts) fails with a message naming every bad variable. Parsed once
 * per environment: a test or script that changes a variable gets it re-read.
 */
export function settings(env: Env = process.env): Settings {
  const key = JSON.stringify(names.map((name) => rawValue(env, name)))
  if (last?.key !== key) last = { key, settings: parse(env) }
  return last.settings
}
