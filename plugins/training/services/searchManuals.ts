import type { BasePayload } from 'payload'

export type ManualHit = {
  text: string
  page: number
  fileId: string
  fileName: string
  rank: number
}

export type SearchManualsArgs = {
  companyId: string
  equipmentId?: string
  query: string
  limit?: number
}

type Pool = {
  query(sql: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>
}

/**
 * Full-text search over extracted manual pages, always scoped to one company (the tenant
 * filter is part of the SQL, never applied afterwards). Uses the same expression as the GIN
 * index on manual_pages (`to_tsvector('english', text)`) so Postgres can use it.
 * Tables/columns are Payload's: collection `manual-pages` → manual_pages(company_id,
 * equipment_id, file_id, page, text); `equipment-files` → equipment_files(original_filename, filename).
 */
export async function searchManuals(
  payload: BasePayload,
  args: SearchManualsArgs,
): Promise<ManualHit[]> {
  const query = args.query.trim()
  if (!query) return []
  const limit = Math.max(1, Math.min(50, Math.floor(args.limit ?? 5)))
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const params: unknown[] = [args.companyId, query, limit]
  let equipmentFilter = ''
  if (args.equipmentId) {
    params.push(args.equipmentId)
    equipmentFilter = 'AND mp.equipment_id = $4'
  }
  const { rows } = await pool.query(
    `SELECT mp.text, mp.page, mp.file_id,
            COALESCE(ef.original_filename, ef.filename, '') AS file_name,
            ts_rank(to_tsvector('english', mp.text), websearch_to_tsquery('english', $2)) AS rank
       FROM manual_pages mp
       JOIN equipment_files ef ON ef.id = mp.file_id
      WHERE mp.company_id = $1 ${equipmentFilter}
        AND to_tsvector('english', mp.text) @@ websearch_to_tsquery('english', $2)
      ORDER BY rank DESC, mp.page ASC
      LIMIT $3`,
    params,
  )
  return rows.map((row) => ({
    text: String(row.text),
    page: Number(row.page),
    fileId: String(row.file_id),
    fileName: String(row.file_name),
    rank: Number(row.rank),
  }))
}
