/**
 * Bulk seeder for the API benchmark: companies and their admins through the Local API (passwords
 * are hashed there), then projects with their scenes, one selected image and one selected video
 * per scene, in set-based SQL (one INSERT … SELECT per table and batch): 100,000 scenes take
 * seconds, not the hours one Local API call per row would.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { createBenchAdmin } from './app'

export type SeededCompany = { id: string; adminId: string; email: string }

/** `count` companies, each with one ADMIN (`admin-<n>@bench.test`); every company offers training. */
export async function seedCompanies(payload: Payload, count: number): Promise<SeededCompany[]> {
  const companies: SeededCompany[] = []
  for (let n = 0; n < count; n++) {
    const { company, user, email } = await createBenchAdmin(payload, {
      email: `admin-${n}@bench.test`,
      companyName: `Bench company ${n}`,
    })
    companies.push({ id: company.id, adminId: user.id, email })
  }
  return companies
}

/**
 * Adds `projects` projects spread evenly over the companies (in each company every
 * `trainingEvery`-th one a training video, every third one completed), each with `scenesPerProject` scenes with a
 * selected image and video. Batches of 1,000 projects, one statement per batch.
 */
export async function seedProjects(
  pool: Pool,
  options: {
    companies: SeededCompany[]
    projects: number
    scenesPerProject: number
    trainingEvery: number
    batch?: number
  },
) {
  const { companies, scenesPerProject, trainingEvery } = options
  const batch = options.batch ?? 1000
  const companyIds = companies.map((c) => c.id)
  const ownerIds = companies.map((c) => c.adminId)
  // Continue numbering after what an earlier call seeded, so names and spread stay even.
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM projects')
  const offset = Number(rows[0]!.n)
  for (let from = 0; from < options.projects; from += batch) {
    const to = Math.min(options.projects, from + batch)
    await pool.query(
      `WITH numbered AS (
         SELECT g, ($3::uuid[])[1 + g % array_length($3::uuid[], 1)] AS company_id, ($4::uuid[])[1 + g % array_length($4::uuid[], 1)] AS owner_id
         FROM generate_series($1::int, $2::int - 1) g
       ),
       p AS (
         INSERT INTO projects (company_id, owner_id, name, prompt, target_duration, aspect_ratio, kind, status, equipment_model, final_video_url, updated_at, created_at)
         SELECT company_id, owner_id, 'Bench project ' || g, 'A 30 second film about project ' || g, 30, '16:9',
           (CASE WHEN (g / array_length($3::uuid[], 1)) % $6 = 0 THEN 'training' ELSE 'marketing' END)::enum_projects_kind,
           (CASE WHEN g % 3 = 0 THEN 'COMPLETED' ELSE 'SCENE_GENERATION' END)::enum_projects_status,
           CASE WHEN (g / array_length($3::uuid[], 1)) % $6 = 0 THEN 'Rational SCC 101' END,
           CASE WHEN g % 3 = 0 THEN '/api/final-videos/file/bench-' || g || '.mp4' END,
           now() - g * interval '1 second', now() - g * interval '1 second'
         FROM numbered
         RETURNING id, company_id, owner_id, kind
       ),
       s AS (
         INSERT INTO scenes (company_id, owner_id, project_id, scene_number, scene_title, scene_summary, image_prompt, suggested_duration, voiceover_text, status)
         SELECT p.company_id, p.owner_id, p.id, n, 'Scene ' || n, 'What happens in scene ' || n, 'A cinematic shot, scene ' || n, 5,
           CASE WHEN p.kind = 'training' THEN 'Step ' || n || ': do the next thing carefully.' END, 'COMPLETED'
         FROM p CROSS JOIN generate_series(1, $5::int) n
         RETURNING id, project_id, company_id, owner_id
       ),
       images AS (
         INSERT INTO generated_images (company_id, owner_id, project_id, scene_id, is_selected, prompt, prefix, url, filename, mime_type, filesize, width, height)
         SELECT company_id, owner_id, project_id, id, true, 'A cinematic shot', 'projects/' || project_id || '/scenes/' || id || '/images',
           '/api/generated-images/file/' || id || '.png', id || '.png', 'image/png', 412000, 1280, 720
         FROM s
         RETURNING 1
       ),
       videos AS (
         INSERT INTO generated_videos (company_id, owner_id, project_id, scene_id, is_selected, prompt, duration, prefix, url, filename, mime_type, filesize)
         SELECT company_id, owner_id, project_id, id, true, 'A cinematic shot', 5, 'projects/' || project_id || '/scenes/' || id || '/videos',
           '/api/generated-videos/file/' || id || '.mp4', id || '.mp4', 'video/mp4', 2100000
         FROM s
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM images) AS images, (SELECT count(*) FROM videos) AS videos`,
      [offset + from, offset + to, companyIds, ownerIds, scenesPerProject, trainingEvery],
    )
  }
  // Fresh statistics, as autovacuum would have after a while, so the planner sees the real sizes.
  await pool.query('ANALYZE projects, scenes, generated_images, generated_videos')
}

/** Row counts of the seeded tables. */
export async function tableSizes(pool: Pool) {
  const { rows } = await pool.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM companies) AS companies, (SELECT count(*) FROM projects) AS projects,
       (SELECT count(*) FROM projects WHERE kind = 'training') AS training_videos, (SELECT count(*) FROM scenes) AS scenes,
       (SELECT count(*) FROM generated_images) AS images, (SELECT count(*) FROM generated_videos) AS videos`,
  )
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]))
}
