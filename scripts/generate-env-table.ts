/**
 * `npm run generate:env-table`: writes the README's environment table from
 * src/lib/settings/variables.ts (tests/unit/settings.test.ts fails while they differ).
 */
import fs from 'node:fs'
import path from 'node:path'

import { withEnvTable } from '../src/lib/settings/envTable'

const readme = path.resolve(import.meta.dirname, '../README.md')
const before = fs.readFileSync(readme, 'utf8')
const after = withEnvTable(before)
fs.writeFileSync(readme, after)
console.log(
  before === after
    ? 'README.md environment table: already current.'
    : 'README.md environment table: rewritten.',
)
