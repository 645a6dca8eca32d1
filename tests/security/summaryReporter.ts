import type { Reporter, TestModule } from 'vitest/node'

import { badColumns, type SecurityCounts } from './support/summary'

const columns: Array<[keyof SecurityCounts, string]> = [
  ['probes', 'probes'],
  ['leaks', 'leaks'],
  ['badInputs', 'bad inputs'],
  ['serverErrors', '5xx'],
  ['partialWrites', 'partial writes'],
  ['faultsInjected', 'faults injected'],
  ['lostWork', 'lost work'],
  ['duplicateRuns', 'duplicate runs'],
  ['concurrentClients', 'concurrent clients'],
  ['lostUpdates', 'lost updates'],
]

/** Prints the security suite's one summary table at the end of `vitest run` (only when its files ran). */
export default class SecuritySummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows: Array<{ area: string; counts: SecurityCounts }> = []
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const security = test.meta().security
        if (security) rows.push(security)
      }
    }
    if (rows.length === 0) return
    rows.sort((x, y) => x.area.localeCompare(y.area))
    const total: SecurityCounts = {}
    for (const { counts } of rows)
      for (const [key] of columns) total[key] = (total[key] ?? 0) + (counts[key] ?? 0)
    const cells = (area: string, counts: SecurityCounts) => [
      area,
      ...columns.map(([key]) => (counts[key] === undefined ? '–' : String(counts[key]))),
    ]
    const table = [
      ['security suite', ...columns.map(([, title]) => title)],
      ...rows.map((r) => cells(r.area, r.counts)),
      cells('TOTAL', total),
    ]
    const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)))
    const line = (row: string[]) =>
      `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`
    const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`
    const bad = badColumns.filter((column) => (total[column] ?? 0) > 0)
    const verdict = bad.length ? `NOT ZERO: ${bad.join(', ')}` : 'every bad column is 0'
    console.log(
      [
        '',
        line(table[0]!),
        rule,
        ...table.slice(1).map(line),
        `Security summary: ${verdict}.`,
        '',
      ].join('\n'),
    )
  }
}
