import { variables, type Variable } from './variables'

const row = (name: string, variable: Variable) => {
  const names = [name, ...(variable.aliases ?? [])].map((n) => `\`${n}\``)
  const label = names.length > 1 ? `${names[0]} (or ${names.slice(1).join(', ')})` : names[0]
  return `| ${label} | ${variable.fallback} | ${variable.meaning} |`
}

/** The README's environment table, rendered from the one list of variables. */
export function envTable(): string {
  const rows = Object.entries(variables)
    .filter(([, variable]) => !('internal' in variable && variable.internal))
    .map(([name, variable]) => row(name, variable))
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n')
}
