import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_brand_guidelines_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__brand_guidelines_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "brand_guidelines" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid,
  	"title" varchar DEFAULT 'Brand guidelines',
  	"guidelines" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_brand_guidelines_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_brand_guidelines_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_company_id" uuid,
  	"version_title" varchar DEFAULT 'Brand guidelines',
  	"version_guidelines" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__brand_guidelines_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "projects" ADD COLUMN "brief" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "brand_guidelines_id" uuid;
  ALTER TABLE "brand_guidelines" ADD CONSTRAINT "brand_guidelines_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brand_guidelines_v" ADD CONSTRAINT "_brand_guidelines_v_parent_id_brand_guidelines_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brand_guidelines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_brand_guidelines_v" ADD CONSTRAINT "_brand_guidelines_v_version_company_id_companies_id_fk" FOREIGN KEY ("version_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "brand_guidelines_company_idx" ON "brand_guidelines" USING btree ("company_id");
  CREATE INDEX "brand_guidelines_updated_at_idx" ON "brand_guidelines" USING btree ("updated_at");
  CREATE INDEX "brand_guidelines_created_at_idx" ON "brand_guidelines" USING btree ("created_at");
  CREATE INDEX "brand_guidelines__status_idx" ON "brand_guidelines" USING btree ("_status");
  CREATE INDEX "_brand_guidelines_v_parent_idx" ON "_brand_guidelines_v" USING btree ("parent_id");
  CREATE INDEX "_brand_guidelines_v_version_version_company_idx" ON "_brand_guidelines_v" USING btree ("version_company_id");
  CREATE INDEX "_brand_guidelines_v_version_version_updated_at_idx" ON "_brand_guidelines_v" USING btree ("version_updated_at");
  CREATE INDEX "_brand_guidelines_v_version_version_created_at_idx" ON "_brand_guidelines_v" USING btree ("version_created_at");
  CREATE INDEX "_brand_guidelines_v_version_version__status_idx" ON "_brand_guidelines_v" USING btree ("version__status");
  CREATE INDEX "_brand_guidelines_v_created_at_idx" ON "_brand_guidelines_v" USING btree ("created_at");
  CREATE INDEX "_brand_guidelines_v_updated_at_idx" ON "_brand_guidelines_v" USING btree ("updated_at");
  CREATE INDEX "_brand_guidelines_v_latest_idx" ON "_brand_guidelines_v" USING btree ("latest");
  CREATE INDEX "_brand_guidelines_v_autosave_idx" ON "_brand_guidelines_v" USING btree ("autosave");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_brand_guidelines_fk" FOREIGN KEY ("brand_guidelines_id") REFERENCES "public"."brand_guidelines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_brand_guidelines_id_idx" ON "payload_locked_documents_rels" USING btree ("brand_guidelines_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "brand_guidelines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_brand_guidelines_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "brand_guidelines" CASCADE;
  DROP TABLE "_brand_guidelines_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_brand_guidelines_fk";
  
  DROP INDEX "payload_locked_documents_rels_brand_guidelines_id_idx";
  ALTER TABLE "projects" DROP COLUMN "brief";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "brand_guidelines_id";
  DROP TYPE "public"."enum_brand_guidelines_status";
  DROP TYPE "public"."enum__brand_guidelines_v_version_status";`)
}
