import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { SchemaHook } from '../../../src/lib/db/schemaHooks'

/**
 * GIN index for manual search: the same expression `searchManuals` queries
 * (`to_tsvector('english', text)`), so Postgres answers from the index, not a table scan.
 */
export const manualSearchIndex: SchemaHook = ({ extendTable, schema }) => {
  const table = schema.tables.manual_pages
  if (table) {
    extendTable({
      table,
      extraConfig: (t) => ({
        manual_pages_text_search_idx: index('manual_pages_text_search_idx').using(
          'gin',
          sql`to_tsvector('english', ${t.text})`,
        ),
      }),
    })
  }
  return schema
}
