import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('ADMIN', 'MEMBER');
  CREATE TYPE "public"."enum_users_invite_status" AS ENUM('ACTIVE', 'INVITED');
  CREATE TYPE "public"."enum_company_assets_type" AS ENUM('LOGO', 'COLOR_SCHEME', 'BADGE', 'FONT');
  CREATE TYPE "public"."enum_car_media_type" AS ENUM('EXTERIOR', 'INTERIOR', 'SOUND', '3D_MODEL');
  CREATE TYPE "public"."enum_projects_kind" AS ENUM('marketing', 'training');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('STORYBOARD', 'SCENE_GENERATION', 'STITCHING', 'COMPLETED', 'FAILED');
  CREATE TYPE "public"."enum_scenes_status" AS ENUM('PENDING', 'GENERATING_IMAGE', 'IMAGE_READY', 'GENERATING_VIDEO', 'VIDEO_READY', 'COMPLETED', 'FAILED');
  CREATE TYPE "public"."enum__scenes_v_version_status" AS ENUM('PENDING', 'GENERATING_IMAGE', 'IMAGE_READY', 'GENERATING_VIDEO', 'VIDEO_READY', 'COMPLETED', 'FAILED');
  CREATE TYPE "public"."enum_equipment_files_file_type" AS ENUM('manual', 'image', '3d_model');
  CREATE TYPE "public"."enum_equipment_files_extraction_status" AS ENUM('pending', 'done', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'storyboard', 'sceneImage', 'sceneVideo', 'stitch', 'extractManual', 'trainingScript', 'renderTraining');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'storyboard', 'sceneImage', 'sceneVideo', 'stitch', 'extractManual', 'trainingScript', 'renderTraining');
  CREATE TABLE "companies" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'MEMBER' NOT NULL,
  	"company_id" uuid NOT NULL,
  	"is_platform_operator" boolean DEFAULT false,
  	"invite_status" "enum_users_invite_status" DEFAULT 'ACTIVE',
  	"invitation_token_hash" varchar,
  	"invitation_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "company_assets" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"type" "enum_company_assets_type" NOT NULL,
  	"value" jsonb,
  	"original_filename" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "car_models" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "car_variants" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"model_id" uuid NOT NULL,
  	"year" numeric NOT NULL,
  	"trim" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "car_media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"variant_id" uuid NOT NULL,
  	"type" "enum_car_media_type" NOT NULL,
  	"original_filename" varchar,
  	"duration" numeric,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "projects" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"name" varchar NOT NULL,
  	"prompt" varchar NOT NULL,
  	"target_duration" numeric DEFAULT 30 NOT NULL,
  	"aspect_ratio" varchar DEFAULT '16:9',
  	"kind" "enum_projects_kind" DEFAULT 'marketing',
  	"status" "enum_projects_status" DEFAULT 'STORYBOARD',
  	"failure_reason" varchar,
  	"character_description" varchar,
  	"featured_car_model_id" uuid,
  	"featured_car_variant_id" uuid,
  	"final_video_url" varchar,
  	"final_video_s3_key" varchar,
  	"equipment_id" uuid,
  	"equipment_model" varchar,
  	"task_type" varchar,
  	"subtitles" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scenes_manual_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" uuid,
  	"page" numeric
  );
  
  CREATE TABLE "scenes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"scene_number" numeric NOT NULL,
  	"scene_title" varchar NOT NULL,
  	"scene_summary" varchar,
  	"image_prompt" varchar,
  	"negative_prompt" varchar,
  	"suggested_duration" numeric,
  	"custom_duration" numeric,
  	"custom_image_input" varchar,
  	"use_seed_frame" boolean DEFAULT false,
  	"voiceover_text" varchar,
  	"status" "enum_scenes_status" DEFAULT 'PENDING',
  	"failure_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_scenes_v_version_manual_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"file_id" uuid,
  	"page" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_scenes_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_company_id" uuid NOT NULL,
  	"version_owner_id" uuid NOT NULL,
  	"version_project_id" uuid NOT NULL,
  	"version_scene_number" numeric NOT NULL,
  	"version_scene_title" varchar NOT NULL,
  	"version_scene_summary" varchar,
  	"version_image_prompt" varchar,
  	"version_negative_prompt" varchar,
  	"version_suggested_duration" numeric,
  	"version_custom_duration" numeric,
  	"version_custom_image_input" varchar,
  	"version_use_seed_frame" boolean DEFAULT false,
  	"version_voiceover_text" varchar,
  	"version_status" "enum__scenes_v_version_status" DEFAULT 'PENDING',
  	"version_failure_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "generated_images" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"scene_id" uuid NOT NULL,
  	"is_selected" boolean DEFAULT false,
  	"prompt" varchar,
  	"replicate_id" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "generated_videos" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"scene_id" uuid NOT NULL,
  	"is_selected" boolean DEFAULT false,
  	"prompt" varchar,
  	"duration" numeric,
  	"replicate_id" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "seed_frames" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"scene_id" uuid NOT NULL,
  	"is_selected" boolean DEFAULT false,
  	"frame_index" numeric,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "timeline_clips" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"scene_id" uuid,
  	"video_id" uuid,
  	"title" varchar,
  	"order" numeric NOT NULL,
  	"start_time" numeric NOT NULL,
  	"duration" numeric NOT NULL,
  	"trim_start" numeric,
  	"trim_end" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "final_videos" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"duration" numeric,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "uploaded_images" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"project_id" uuid NOT NULL,
  	"original_filename" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "replicate_predictions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"prediction_id" varchar NOT NULL,
  	"status" varchar NOT NULL,
  	"output" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "training_equipment" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "equipment_files" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"equipment_id" uuid NOT NULL,
  	"file_type" "enum_equipment_files_file_type" NOT NULL,
  	"original_filename" varchar,
  	"uploaded_at" timestamp(3) with time zone,
  	"extraction_status" "enum_equipment_files_extraction_status",
  	"extraction_error" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "manual_pages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"company_id" uuid NOT NULL,
  	"equipment_id" uuid NOT NULL,
  	"file_id" uuid NOT NULL,
  	"page" numeric NOT NULL,
  	"text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"lease_expires_at" timestamp(3) with time zone,
  	"lease_owner" varchar,
  	"lease_releases" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"companies_id" uuid,
  	"users_id" uuid,
  	"company_assets_id" uuid,
  	"car_models_id" uuid,
  	"car_variants_id" uuid,
  	"car_media_id" uuid,
  	"projects_id" uuid,
  	"scenes_id" uuid,
  	"generated_images_id" uuid,
  	"generated_videos_id" uuid,
  	"seed_frames_id" uuid,
  	"timeline_clips_id" uuid,
  	"final_videos_id" uuid,
  	"uploaded_images_id" uuid,
  	"replicate_predictions_id" uuid,
  	"training_equipment_id" uuid,
  	"equipment_files_id" uuid,
  	"manual_pages_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "company_assets" ADD CONSTRAINT "company_assets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "car_models" ADD CONSTRAINT "car_models_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "car_variants" ADD CONSTRAINT "car_variants_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "car_variants" ADD CONSTRAINT "car_variants_model_id_car_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."car_models"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "car_media" ADD CONSTRAINT "car_media_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "car_media" ADD CONSTRAINT "car_media_variant_id_car_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."car_variants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_featured_car_model_id_car_models_id_fk" FOREIGN KEY ("featured_car_model_id") REFERENCES "public"."car_models"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_featured_car_variant_id_car_variants_id_fk" FOREIGN KEY ("featured_car_variant_id") REFERENCES "public"."car_variants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_equipment_id_training_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."training_equipment"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scenes_manual_sources" ADD CONSTRAINT "scenes_manual_sources_file_id_equipment_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."equipment_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scenes_manual_sources" ADD CONSTRAINT "scenes_manual_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scenes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scenes" ADD CONSTRAINT "scenes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scenes" ADD CONSTRAINT "scenes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scenes" ADD CONSTRAINT "scenes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_scenes_v_version_manual_sources" ADD CONSTRAINT "_scenes_v_version_manual_sources_file_id_equipment_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."equipment_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_scenes_v_version_manual_sources" ADD CONSTRAINT "_scenes_v_version_manual_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_scenes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_scenes_v" ADD CONSTRAINT "_scenes_v_parent_id_scenes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_scenes_v" ADD CONSTRAINT "_scenes_v_version_company_id_companies_id_fk" FOREIGN KEY ("version_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_scenes_v" ADD CONSTRAINT "_scenes_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_scenes_v" ADD CONSTRAINT "_scenes_v_version_project_id_projects_id_fk" FOREIGN KEY ("version_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images" ADD CONSTRAINT "generated_images_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images" ADD CONSTRAINT "generated_images_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images" ADD CONSTRAINT "generated_images_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_images" ADD CONSTRAINT "generated_images_scene_id_scenes_id_fk" FOREIGN KEY ("scene_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_videos" ADD CONSTRAINT "generated_videos_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_videos" ADD CONSTRAINT "generated_videos_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_videos" ADD CONSTRAINT "generated_videos_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generated_videos" ADD CONSTRAINT "generated_videos_scene_id_scenes_id_fk" FOREIGN KEY ("scene_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seed_frames" ADD CONSTRAINT "seed_frames_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seed_frames" ADD CONSTRAINT "seed_frames_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seed_frames" ADD CONSTRAINT "seed_frames_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seed_frames" ADD CONSTRAINT "seed_frames_scene_id_scenes_id_fk" FOREIGN KEY ("scene_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "timeline_clips" ADD CONSTRAINT "timeline_clips_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "timeline_clips" ADD CONSTRAINT "timeline_clips_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "timeline_clips" ADD CONSTRAINT "timeline_clips_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "timeline_clips" ADD CONSTRAINT "timeline_clips_scene_id_scenes_id_fk" FOREIGN KEY ("scene_id") REFERENCES "public"."scenes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "timeline_clips" ADD CONSTRAINT "timeline_clips_video_id_generated_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."generated_videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "final_videos" ADD CONSTRAINT "final_videos_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "final_videos" ADD CONSTRAINT "final_videos_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "final_videos" ADD CONSTRAINT "final_videos_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "uploaded_images" ADD CONSTRAINT "uploaded_images_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "uploaded_images" ADD CONSTRAINT "uploaded_images_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "uploaded_images" ADD CONSTRAINT "uploaded_images_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_equipment" ADD CONSTRAINT "training_equipment_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_equipment" ADD CONSTRAINT "training_equipment_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "equipment_files" ADD CONSTRAINT "equipment_files_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "equipment_files" ADD CONSTRAINT "equipment_files_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "equipment_files" ADD CONSTRAINT "equipment_files_equipment_id_training_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."training_equipment"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_pages" ADD CONSTRAINT "manual_pages_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_pages" ADD CONSTRAINT "manual_pages_equipment_id_training_equipment_id_fk" FOREIGN KEY ("equipment_id") REFERENCES "public"."training_equipment"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_pages" ADD CONSTRAINT "manual_pages_file_id_equipment_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."equipment_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_company_assets_fk" FOREIGN KEY ("company_assets_id") REFERENCES "public"."company_assets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_car_models_fk" FOREIGN KEY ("car_models_id") REFERENCES "public"."car_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_car_variants_fk" FOREIGN KEY ("car_variants_id") REFERENCES "public"."car_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_car_media_fk" FOREIGN KEY ("car_media_id") REFERENCES "public"."car_media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scenes_fk" FOREIGN KEY ("scenes_id") REFERENCES "public"."scenes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_generated_images_fk" FOREIGN KEY ("generated_images_id") REFERENCES "public"."generated_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_generated_videos_fk" FOREIGN KEY ("generated_videos_id") REFERENCES "public"."generated_videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_seed_frames_fk" FOREIGN KEY ("seed_frames_id") REFERENCES "public"."seed_frames"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_timeline_clips_fk" FOREIGN KEY ("timeline_clips_id") REFERENCES "public"."timeline_clips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_final_videos_fk" FOREIGN KEY ("final_videos_id") REFERENCES "public"."final_videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_uploaded_images_fk" FOREIGN KEY ("uploaded_images_id") REFERENCES "public"."uploaded_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_replicate_predictions_fk" FOREIGN KEY ("replicate_predictions_id") REFERENCES "public"."replicate_predictions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_equipment_fk" FOREIGN KEY ("training_equipment_id") REFERENCES "public"."training_equipment"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_equipment_files_fk" FOREIGN KEY ("equipment_files_id") REFERENCES "public"."equipment_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manual_pages_fk" FOREIGN KEY ("manual_pages_id") REFERENCES "public"."manual_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "companies_updated_at_idx" ON "companies" USING btree ("updated_at");
  CREATE INDEX "companies_created_at_idx" ON "companies" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_company_idx" ON "users" USING btree ("company_id");
  CREATE INDEX "users_invitation_token_hash_idx" ON "users" USING btree ("invitation_token_hash");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "company_assets_company_idx" ON "company_assets" USING btree ("company_id");
  CREATE INDEX "company_assets_updated_at_idx" ON "company_assets" USING btree ("updated_at");
  CREATE INDEX "company_assets_created_at_idx" ON "company_assets" USING btree ("created_at");
  CREATE UNIQUE INDEX "company_assets_filename_idx" ON "company_assets" USING btree ("filename");
  CREATE INDEX "company_assets_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "company_assets" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "car_models_company_idx" ON "car_models" USING btree ("company_id");
  CREATE INDEX "car_models_updated_at_idx" ON "car_models" USING btree ("updated_at");
  CREATE INDEX "car_models_created_at_idx" ON "car_models" USING btree ("created_at");
  CREATE INDEX "car_variants_company_idx" ON "car_variants" USING btree ("company_id");
  CREATE INDEX "car_variants_model_idx" ON "car_variants" USING btree ("model_id");
  CREATE INDEX "car_variants_updated_at_idx" ON "car_variants" USING btree ("updated_at");
  CREATE INDEX "car_variants_created_at_idx" ON "car_variants" USING btree ("created_at");
  CREATE UNIQUE INDEX "model_year_trim_idx" ON "car_variants" USING btree ("model_id","year","trim");
  CREATE INDEX "car_media_company_idx" ON "car_media" USING btree ("company_id");
  CREATE INDEX "car_media_variant_idx" ON "car_media" USING btree ("variant_id");
  CREATE INDEX "car_media_updated_at_idx" ON "car_media" USING btree ("updated_at");
  CREATE INDEX "car_media_created_at_idx" ON "car_media" USING btree ("created_at");
  CREATE UNIQUE INDEX "car_media_filename_idx" ON "car_media" USING btree ("filename");
  CREATE INDEX "car_media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "car_media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "projects_company_idx" ON "projects" USING btree ("company_id");
  CREATE INDEX "projects_owner_idx" ON "projects" USING btree ("owner_id");
  CREATE INDEX "projects_featured_car_model_idx" ON "projects" USING btree ("featured_car_model_id");
  CREATE INDEX "projects_featured_car_variant_idx" ON "projects" USING btree ("featured_car_variant_id");
  CREATE INDEX "projects_equipment_idx" ON "projects" USING btree ("equipment_id");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "scenes_manual_sources_order_idx" ON "scenes_manual_sources" USING btree ("_order");
  CREATE INDEX "scenes_manual_sources_parent_id_idx" ON "scenes_manual_sources" USING btree ("_parent_id");
  CREATE INDEX "scenes_manual_sources_file_idx" ON "scenes_manual_sources" USING btree ("file_id");
  CREATE INDEX "scenes_company_idx" ON "scenes" USING btree ("company_id");
  CREATE INDEX "scenes_owner_idx" ON "scenes" USING btree ("owner_id");
  CREATE INDEX "scenes_project_idx" ON "scenes" USING btree ("project_id");
  CREATE INDEX "scenes_scene_number_idx" ON "scenes" USING btree ("scene_number");
  CREATE INDEX "scenes_updated_at_idx" ON "scenes" USING btree ("updated_at");
  CREATE INDEX "scenes_created_at_idx" ON "scenes" USING btree ("created_at");
  CREATE INDEX "_scenes_v_version_manual_sources_order_idx" ON "_scenes_v_version_manual_sources" USING btree ("_order");
  CREATE INDEX "_scenes_v_version_manual_sources_parent_id_idx" ON "_scenes_v_version_manual_sources" USING btree ("_parent_id");
  CREATE INDEX "_scenes_v_version_manual_sources_file_idx" ON "_scenes_v_version_manual_sources" USING btree ("file_id");
  CREATE INDEX "_scenes_v_parent_idx" ON "_scenes_v" USING btree ("parent_id");
  CREATE INDEX "_scenes_v_version_version_company_idx" ON "_scenes_v" USING btree ("version_company_id");
  CREATE INDEX "_scenes_v_version_version_owner_idx" ON "_scenes_v" USING btree ("version_owner_id");
  CREATE INDEX "_scenes_v_version_version_project_idx" ON "_scenes_v" USING btree ("version_project_id");
  CREATE INDEX "_scenes_v_version_version_scene_number_idx" ON "_scenes_v" USING btree ("version_scene_number");
  CREATE INDEX "_scenes_v_version_version_updated_at_idx" ON "_scenes_v" USING btree ("version_updated_at");
  CREATE INDEX "_scenes_v_version_version_created_at_idx" ON "_scenes_v" USING btree ("version_created_at");
  CREATE INDEX "_scenes_v_created_at_idx" ON "_scenes_v" USING btree ("created_at");
  CREATE INDEX "_scenes_v_updated_at_idx" ON "_scenes_v" USING btree ("updated_at");
  CREATE INDEX "generated_images_company_idx" ON "generated_images" USING btree ("company_id");
  CREATE INDEX "generated_images_owner_idx" ON "generated_images" USING btree ("owner_id");
  CREATE INDEX "generated_images_project_idx" ON "generated_images" USING btree ("project_id");
  CREATE INDEX "generated_images_scene_idx" ON "generated_images" USING btree ("scene_id");
  CREATE INDEX "generated_images_is_selected_idx" ON "generated_images" USING btree ("is_selected");
  CREATE INDEX "generated_images_updated_at_idx" ON "generated_images" USING btree ("updated_at");
  CREATE INDEX "generated_images_created_at_idx" ON "generated_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "generated_images_filename_idx" ON "generated_images" USING btree ("filename");
  CREATE INDEX "generated_videos_company_idx" ON "generated_videos" USING btree ("company_id");
  CREATE INDEX "generated_videos_owner_idx" ON "generated_videos" USING btree ("owner_id");
  CREATE INDEX "generated_videos_project_idx" ON "generated_videos" USING btree ("project_id");
  CREATE INDEX "generated_videos_scene_idx" ON "generated_videos" USING btree ("scene_id");
  CREATE INDEX "generated_videos_is_selected_idx" ON "generated_videos" USING btree ("is_selected");
  CREATE INDEX "generated_videos_updated_at_idx" ON "generated_videos" USING btree ("updated_at");
  CREATE INDEX "generated_videos_created_at_idx" ON "generated_videos" USING btree ("created_at");
  CREATE UNIQUE INDEX "generated_videos_filename_idx" ON "generated_videos" USING btree ("filename");
  CREATE INDEX "seed_frames_company_idx" ON "seed_frames" USING btree ("company_id");
  CREATE INDEX "seed_frames_owner_idx" ON "seed_frames" USING btree ("owner_id");
  CREATE INDEX "seed_frames_project_idx" ON "seed_frames" USING btree ("project_id");
  CREATE INDEX "seed_frames_scene_idx" ON "seed_frames" USING btree ("scene_id");
  CREATE INDEX "seed_frames_is_selected_idx" ON "seed_frames" USING btree ("is_selected");
  CREATE INDEX "seed_frames_updated_at_idx" ON "seed_frames" USING btree ("updated_at");
  CREATE INDEX "seed_frames_created_at_idx" ON "seed_frames" USING btree ("created_at");
  CREATE UNIQUE INDEX "seed_frames_filename_idx" ON "seed_frames" USING btree ("filename");
  CREATE INDEX "timeline_clips_company_idx" ON "timeline_clips" USING btree ("company_id");
  CREATE INDEX "timeline_clips_owner_idx" ON "timeline_clips" USING btree ("owner_id");
  CREATE INDEX "timeline_clips_project_idx" ON "timeline_clips" USING btree ("project_id");
  CREATE INDEX "timeline_clips_scene_idx" ON "timeline_clips" USING btree ("scene_id");
  CREATE INDEX "timeline_clips_video_idx" ON "timeline_clips" USING btree ("video_id");
  CREATE INDEX "timeline_clips_updated_at_idx" ON "timeline_clips" USING btree ("updated_at");
  CREATE INDEX "timeline_clips_created_at_idx" ON "timeline_clips" USING btree ("created_at");
  CREATE UNIQUE INDEX "final_videos_filename_compound_idx" ON "final_videos" USING btree ("filename","prefix");
  CREATE INDEX "final_videos_company_idx" ON "final_videos" USING btree ("company_id");
  CREATE INDEX "final_videos_owner_idx" ON "final_videos" USING btree ("owner_id");
  CREATE UNIQUE INDEX "final_videos_project_idx" ON "final_videos" USING btree ("project_id");
  CREATE INDEX "final_videos_updated_at_idx" ON "final_videos" USING btree ("updated_at");
  CREATE INDEX "final_videos_created_at_idx" ON "final_videos" USING btree ("created_at");
  CREATE INDEX "final_videos_filename_idx" ON "final_videos" USING btree ("filename");
  CREATE INDEX "uploaded_images_company_idx" ON "uploaded_images" USING btree ("company_id");
  CREATE INDEX "uploaded_images_owner_idx" ON "uploaded_images" USING btree ("owner_id");
  CREATE INDEX "uploaded_images_project_idx" ON "uploaded_images" USING btree ("project_id");
  CREATE INDEX "uploaded_images_updated_at_idx" ON "uploaded_images" USING btree ("updated_at");
  CREATE INDEX "uploaded_images_created_at_idx" ON "uploaded_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "uploaded_images_filename_idx" ON "uploaded_images" USING btree ("filename");
  CREATE UNIQUE INDEX "replicate_predictions_prediction_id_idx" ON "replicate_predictions" USING btree ("prediction_id");
  CREATE INDEX "replicate_predictions_updated_at_idx" ON "replicate_predictions" USING btree ("updated_at");
  CREATE INDEX "replicate_predictions_created_at_idx" ON "replicate_predictions" USING btree ("created_at");
  CREATE INDEX "training_equipment_company_idx" ON "training_equipment" USING btree ("company_id");
  CREATE INDEX "training_equipment_owner_idx" ON "training_equipment" USING btree ("owner_id");
  CREATE INDEX "training_equipment_updated_at_idx" ON "training_equipment" USING btree ("updated_at");
  CREATE INDEX "training_equipment_created_at_idx" ON "training_equipment" USING btree ("created_at");
  CREATE INDEX "equipment_files_company_idx" ON "equipment_files" USING btree ("company_id");
  CREATE INDEX "equipment_files_owner_idx" ON "equipment_files" USING btree ("owner_id");
  CREATE INDEX "equipment_files_equipment_idx" ON "equipment_files" USING btree ("equipment_id");
  CREATE INDEX "equipment_files_updated_at_idx" ON "equipment_files" USING btree ("updated_at");
  CREATE INDEX "equipment_files_created_at_idx" ON "equipment_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "equipment_files_filename_idx" ON "equipment_files" USING btree ("filename");
  CREATE INDEX "manual_pages_company_idx" ON "manual_pages" USING btree ("company_id");
  CREATE INDEX "manual_pages_equipment_idx" ON "manual_pages" USING btree ("equipment_id");
  CREATE INDEX "manual_pages_file_idx" ON "manual_pages" USING btree ("file_id");
  CREATE INDEX "manual_pages_updated_at_idx" ON "manual_pages" USING btree ("updated_at");
  CREATE INDEX "manual_pages_created_at_idx" ON "manual_pages" USING btree ("created_at");
  CREATE INDEX "manual_pages_text_search_idx" ON "manual_pages" USING gin (to_tsvector('english', "text"));
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_companies_id_idx" ON "payload_locked_documents_rels" USING btree ("companies_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_company_assets_id_idx" ON "payload_locked_documents_rels" USING btree ("company_assets_id");
  CREATE INDEX "payload_locked_documents_rels_car_models_id_idx" ON "payload_locked_documents_rels" USING btree ("car_models_id");
  CREATE INDEX "payload_locked_documents_rels_car_variants_id_idx" ON "payload_locked_documents_rels" USING btree ("car_variants_id");
  CREATE INDEX "payload_locked_documents_rels_car_media_id_idx" ON "payload_locked_documents_rels" USING btree ("car_media_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_scenes_id_idx" ON "payload_locked_documents_rels" USING btree ("scenes_id");
  CREATE INDEX "payload_locked_documents_rels_generated_images_id_idx" ON "payload_locked_documents_rels" USING btree ("generated_images_id");
  CREATE INDEX "payload_locked_documents_rels_generated_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("generated_videos_id");
  CREATE INDEX "payload_locked_documents_rels_seed_frames_id_idx" ON "payload_locked_documents_rels" USING btree ("seed_frames_id");
  CREATE INDEX "payload_locked_documents_rels_timeline_clips_id_idx" ON "payload_locked_documents_rels" USING btree ("timeline_clips_id");
  CREATE INDEX "payload_locked_documents_rels_final_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("final_videos_id");
  CREATE INDEX "payload_locked_documents_rels_uploaded_images_id_idx" ON "payload_locked_documents_rels" USING btree ("uploaded_images_id");
  CREATE INDEX "payload_locked_documents_rels_replicate_predictions_id_idx" ON "payload_locked_documents_rels" USING btree ("replicate_predictions_id");
  CREATE INDEX "payload_locked_documents_rels_training_equipment_id_idx" ON "payload_locked_documents_rels" USING btree ("training_equipment_id");
  CREATE INDEX "payload_locked_documents_rels_equipment_files_id_idx" ON "payload_locked_documents_rels" USING btree ("equipment_files_id");
  CREATE INDEX "payload_locked_documents_rels_manual_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("manual_pages_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "companies" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "company_assets" CASCADE;
  DROP TABLE "car_models" CASCADE;
  DROP TABLE "car_variants" CASCADE;
  DROP TABLE "car_media" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "scenes_manual_sources" CASCADE;
  DROP TABLE "scenes" CASCADE;
  DROP TABLE "_scenes_v_version_manual_sources" CASCADE;
  DROP TABLE "_scenes_v" CASCADE;
  DROP TABLE "generated_images" CASCADE;
  DROP TABLE "generated_videos" CASCADE;
  DROP TABLE "seed_frames" CASCADE;
  DROP TABLE "timeline_clips" CASCADE;
  DROP TABLE "final_videos" CASCADE;
  DROP TABLE "uploaded_images" CASCADE;
  DROP TABLE "replicate_predictions" CASCADE;
  DROP TABLE "training_equipment" CASCADE;
  DROP TABLE "equipment_files" CASCADE;
  DROP TABLE "manual_pages" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_users_invite_status";
  DROP TYPE "public"."enum_company_assets_type";
  DROP TYPE "public"."enum_car_media_type";
  DROP TYPE "public"."enum_projects_kind";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum_scenes_status";
  DROP TYPE "public"."enum__scenes_v_version_status";
  DROP TYPE "public"."enum_equipment_files_file_type";
  DROP TYPE "public"."enum_equipment_files_extraction_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
