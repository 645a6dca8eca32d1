import type { z } from 'zod'

import { email, flag, numberList, oneOf, postgresUrl, text, url, whole } from './kinds'

export type Variable = {
  schema: z.ZodType
  /** The default, in words, for the README. */
  fallback: string
  meaning: string
  /** Also read under these names (the source document's `AWS_*`), when the main one is unset. */
  aliases?: readonly string[]
  /** Set by the tools themselves; not listed in the README. */
  internal?: boolean
}

const define = <T extends Record<string, Variable>>(variables: T) => variables

/**
 * Every environment variable the app reads, in README order. `src/lib/settings` is the only
 * module that reads `process.env`; the README's table is rendered from this list
 * (`npm run generate:env-table`, checked by tests/unit/settings.test.ts).
 */
export const variables = define({
  DATABASE_URL: {
    schema: postgresUrl(),
    fallback: 'embedded Postgres',
    meaning: 'PostgreSQL connection string (required in production)',
  },
  PAYLOAD_SECRET: {
    schema: text(),
    fallback: 'a development secret',
    meaning: 'signs sessions (required in production)',
  },
  SERVER_URL: {
    schema: url(),
    fallback: '—',
    meaning: 'public URL of the app, used in emails and webhooks',
  },
  PORT: {
    schema: whole(1, 65535, 3000),
    fallback: '`3000`',
    meaning: 'port of `npm run dev` and `npm start` (Next.js reads it too)',
  },
  EMBEDDED_POSTGRES_PORT: {
    schema: whole(1, 65535, 54329),
    fallback: '`54329`',
    meaning: 'port of the embedded development database',
  },
  S3_BUCKET: {
    schema: text(),
    aliases: ['AWS_S3_BUCKET'],
    fallback: '—',
    meaning: 'enables S3 storage (`@payloadcms/storage-s3`)',
  },
  S3_REGION: {
    schema: text(),
    aliases: ['AWS_REGION'],
    fallback: '`us-east-1`',
    meaning: 'S3 region',
  },
  S3_ENDPOINT: { schema: url(), fallback: 'AWS', meaning: 'S3-compatible endpoint (MinIO…)' },
  S3_FORCE_PATH_STYLE: {
    schema: flag(false),
    fallback: '`false`',
    meaning: '`true` for MinIO and most S3-compatible servers',
  },
  S3_ACCESS_KEY_ID: {
    schema: text(),
    aliases: ['AWS_ACCESS_KEY_ID'],
    fallback: 'SDK default chain',
    meaning: 'S3 access key',
  },
  S3_SECRET_ACCESS_KEY: {
    schema: text(),
    aliases: ['AWS_SECRET_ACCESS_KEY'],
    fallback: 'SDK default chain',
    meaning: 'S3 secret key',
  },
  MEDIA_DIR: {
    schema: text(),
    fallback: '`.data/media`',
    meaning: 'local-disk storage directory when S3 is not configured',
  },
  REPLICATE_API_TOKEN: {
    schema: text(),
    fallback: '—',
    meaning: 'Replicate for images and image-to-video (offline sharp/ffmpeg renderers otherwise)',
  },
  REPLICATE_BASE_URL: {
    schema: url(),
    fallback: "Replicate's API",
    meaning: 'another Replicate-compatible endpoint',
  },
  REPLICATE_IMAGE_MODEL: {
    schema: text(),
    fallback: '`black-forest-labs/flux-schnell`',
    meaning: 'image model on Replicate',
  },
  REPLICATE_VIDEO_MODEL: {
    schema: text(),
    fallback: '`kwaivgi/kling-v2.1`',
    meaning: 'image-to-video model on Replicate',
  },
  REPLICATE_IMAGE_UPLOAD: {
    schema: oneOf(['data-url', 'files'], 'data-url'),
    fallback: '`data-url`',
    meaning:
      "`files`: send clip input images through Replicate's files API instead of inline data URLs (smaller prediction bodies)",
  },
  REPLICATE_VIDEO_CLIP_LENGTHS: {
    schema: numberList(),
    fallback: "the model's, for known models",
    meaning:
      'e.g. `5,10`: clip lengths (s) of a video model outside the built-in table (required for those)',
  },
  REPLICATE_TIMEOUT_MS: {
    schema: whole(1000, 86_400_000, 600_000),
    fallback: '`600000`',
    meaning:
      'how long one Replicate generation (prediction and download) may take before it fails as a retryable timeout',
  },
  REPLICATE_WEBHOOK_URL: {
    schema: url(),
    fallback: '—',
    meaning:
      'public URL of `/api/replicate/webhook`: Replicate reports completions there (signature-verified); polling remains the fallback',
  },
  REPLICATE_WEBHOOK_SECRET: {
    schema: text(),
    fallback: '—',
    meaning: "the webhook's signing secret (both webhook variables, or neither)",
  },
  OPENROUTER_API_KEY: {
    schema: text(),
    fallback: '—',
    meaning:
      'OpenAI-compatible chat (OpenRouter) for storyboards and training scripts (offline writers otherwise)',
  },
  OPENAI_API_KEY: {
    schema: text(),
    fallback: '—',
    meaning:
      'OpenAI speech for TrainAI voiceovers (offline espeak-ng otherwise), and chat when there is no OpenRouter key',
  },
  OPENAI_BASE_URL: {
    schema: url(),
    fallback: 'OpenAI',
    meaning: 'another OpenAI-compatible endpoint for speech (and chat without OpenRouter)',
  },
  LLM_BASE_URL: { schema: url(), fallback: 'OpenRouter (or OpenAI)', meaning: 'chat endpoint' },
  LLM_MODEL: { schema: text(), fallback: '`openai/gpt-4o-mini`', meaning: 'chat model' },
  TTS_MODEL: { schema: text(), fallback: '`gpt-4o-mini-tts`', meaning: 'OpenAI speech model' },
  TTS_VOICE: { schema: text(), fallback: '`alloy`', meaning: 'OpenAI speech voice' },
  JOBS_AUTORUN: {
    schema: flag(true),
    fallback: '`true`',
    meaning: '`false` when a separate `npm run worker` runs the jobs queue',
  },
  JOBS_LEASE_MS: {
    schema: whole(1000, 86_400_000, 60_000),
    fallback: '`60000`',
    meaning:
      'how long a claimed job stays with its worker without a heartbeat; after that another worker runs it again',
  },
  WORKER_POLL_MS: {
    schema: whole(10, 3_600_000, 2000),
    fallback: '`2000`',
    meaning: 'how often `npm run worker` polls the jobs queue',
  },
  PROVIDER_CONCURRENCY: {
    schema: whole(1, 64, 3),
    fallback: '`3`',
    meaning: 'jobs (scene generations) run at once',
  },
  RENDER_HEIGHT: {
    schema: whole(90, 4320, 720),
    fallback: '`720`',
    meaning: 'height of every render (tests use 180)',
  },
  RENDER_FPS: {
    schema: whole(1, 120, 24),
    fallback: '`24`',
    meaning: 'frame rate of every render (tests use 12)',
  },
  FFMPEG_PATH: {
    schema: text(),
    fallback: 'the npm build',
    meaning: 'another ffmpeg binary (a system ffmpeg is never picked up by itself)',
  },
  FFPROBE_PATH: { schema: text(), fallback: 'the npm build', meaning: 'another ffprobe binary' },
  MANUAL_WAIT_SECONDS: {
    schema: whole(0, 3600, 60),
    fallback: '`60`',
    meaning:
      'how long `POST /api/videos` reads (or waits for) the equipment\'s manuals still being extracted before it answers 503 "still being read"',
  },
  CRON_SECRET: {
    schema: text(),
    fallback: '—',
    meaning:
      'lets an external scheduler run the jobs queue: `GET /api/payload-jobs/run` with `Authorization: Bearer $CRON_SECRET` (otherwise only the worker and the platform operator run it)',
  },
  SMTP_HOST: {
    schema: text(),
    fallback: '—',
    meaning: 'send email through SMTP; without it emails (invitations) are written to the log',
  },
  SMTP_PORT: { schema: whole(1, 65535, 587), fallback: '`587`', meaning: 'SMTP port' },
  SMTP_USER: { schema: text(), fallback: '—', meaning: 'SMTP user' },
  SMTP_PASS: { schema: text(), fallback: '—', meaning: 'SMTP password' },
  EMAIL_FROM: {
    schema: email(),
    fallback: '`no-reply@reelsmith.local`',
    meaning: 'sender of the emails',
  },
  LOG_LEVEL: {
    schema: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    fallback: '`info`',
    meaning: "Payload's log level",
  },
  NEXTAUTH_SECRET: {
    schema: text(),
    fallback: '—',
    meaning:
      'from the source document; not used: Payload auth replaces NextAuth (below), `PAYLOAD_SECRET` signs sessions',
  },
  NEXTAUTH_URL: {
    schema: text(),
    fallback: '—',
    meaning: 'from the source document; not used (see `NEXTAUTH_SECRET`)',
  },
  SEED_DEMO: {
    schema: flag(true),
    fallback: '`true`',
    meaning: '`false` skips demo data in `npm run dev`',
  },
  PAYLOAD_DB_PUSH: {
    schema: flag(true),
    fallback: '`true` outside production',
    meaning:
      '`false` disables the development schema push (then apply migrations with `npm run migrate`)',
  },
  DB_QUERY_COUNT_FILE: {
    schema: text(),
    fallback: '—',
    meaning:
      'benchmarks: a file that keeps the number of SQL statements run so far (`npm run bench api`)',
  },
  DEBUG_POSTGRES: {
    schema: text(),
    fallback: '—',
    meaning: "any value: print the embedded Postgres's own log",
  },
  NODE_ENV: {
    schema: oneOf(['development', 'production', 'test'], 'development'),
    fallback: '`development`',
    meaning: '`npm start` sets `production`',
    internal: true,
  },
  NEXT_PHASE: { schema: text(), fallback: '—', meaning: "Next.js's build phase", internal: true },
})

export type VariableName = keyof typeof variables
