import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "company_updatedAt_idx" ON "projects" USING btree ("company_id","updated_at");
  CREATE INDEX "project_company_idx" ON "scenes" USING btree ("project_id","company_id");
  CREATE INDEX "version_project_version_company_idx" ON "_scenes_v" USING btree ("version_project_id","version_company_id");
  CREATE INDEX "scene_company_idx" ON "generated_images" USING btree ("scene_id","company_id");
  CREATE INDEX "scene_company_1_idx" ON "generated_videos" USING btree ("scene_id","company_id");
  CREATE INDEX "scene_company_2_idx" ON "seed_frames" USING btree ("scene_id","company_id");
  CREATE INDEX "project_company_1_idx" ON "timeline_clips" USING btree ("project_id","company_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "company_updatedAt_idx";
  DROP INDEX "project_company_idx";
  DROP INDEX "version_project_version_company_idx";
  DROP INDEX "scene_company_idx";
  DROP INDEX "scene_company_1_idx";
  DROP INDEX "scene_company_2_idx";
  DROP INDEX "project_company_1_idx";`)
}
