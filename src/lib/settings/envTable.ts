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

// The README keeps the table between these markers; `npm run generate:env-table` rewrites it.
const block = /(<!-- env:table -->\n)([\s\S]*?)\n?(<!-- \/env:table -->)/

/** The table the README holds now, or undefined when its markers are missing. */
export function readmeEnvTable(readme: string): string | undefined {
  return block.exec(readme)?.[2]?.trimEnd()
}

/** The README with its table replaced by the one rendered from the list of variables. */
export function withEnvTable(readme: string): string {
  if (!block.test(readme))
    throw new Error('README.md has no <!-- env:table --> … <!-- /env:table --> block.')
  return readme.replace(block, (_, open: string, _old: string, close: string) => {
    return `${open}${envTable()}\n${close}`
  })
}
