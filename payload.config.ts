import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config, type Plugin } from 'payload'
import sharp from 'sharp'

import { carCatalogPlugin } from './plugins/car-catalog'
import { jobClaimsPlugin } from './plugins/job-claims'
import { tenancyPlugin } from './plugins/tenancy'
import { trainingPlugin } from './plugins/training'
import { videoPipelinePlugin } from './plugins/video-pipeline'
import { tenantIsolation } from './plugins/tenancy/isolation'
import { logClosedConnections } from './src/lib/db/poolErrors'
import { queryCountLogger } from './src/lib/db/queryCount'
import { outboxEmailAdapter } from './src/lib/email/outbox'
import { signInFirst } from './src/lib/http/signInFirst'
import { storagePlugin } from './src/lib/storage/plugin'
import { settings } from './src/lib/settings'
import { mediaDir } from './src/lib/storage/settings'
import { migrations } from './src/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every environment variable, read and validated once: a bad value stops the start here, named.
const env = settings()
const databaseUrl = env.DATABASE_URL
// `next build` runs with NODE_ENV=production but serves nothing: it needs neither.
const isProductionServer =
  env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'
if (!databaseUrl && isProductionServer) {
  throw new Error(
    'DATABASE_URL is required in production (development starts an embedded Postgres).',
  )
}

const secret = env.PAYLOAD_SECRET || (isProductionServer ? '' : 'reelsmith-development-secret')
if (!secret) throw new Error('PAYLOAD_SECRET is required in production.')

/** The Reelsmith features this app is made of, in order: a plugin that extends another comes first. */
export const features = (): Plugin[] => [
  carCatalogPlugin(),
  // Training registers its project kind with the video pipeline (plugins/video-pipeline/extension.ts).
  trainingPlugin(),
  videoPipelinePlugin(),
]

/**
 * The platform (database, email, users and companies, job claims, tenancy rules, storage) with
 * the given feature plugins. Tests build smaller apps with it (tests/configs/).
 */
export const reelsmithConfig = (featurePlugins: Plugin[]) =>
  buildConfig({
    serverURL: env.SERVER_URL || '',
    secret,
    admin: {
      importMap: { baseDir: dirname },
      // Payload's default avatar is Gravatar: an outside request for every signed-in page.
      avatar: 'default',
      // Names and roles Payload's stock markup leaves out (src/ui/admin/stockMarkup.ts).
      components: { providers: ['/src/ui/admin/StockMarkupFixes#StockMarkupFixes'] },
      meta: { titleSuffix: ' — Reelsmith' },
    },
    collections: [],
    db: postgresAdapter({
      pool: { connectionString: databaseUrl },
      idType: 'uuid',
      // Upload hooks choose document ids before insert, so stored objects can be named after them.
      allowIDOnCreate: true,
      migrationDir: path.resolve(dirname, 'src/migrations'),
      prodMigrations: migrations,
      // Development pushes the schema; tests and production apply the committed migrations.
      push: env.PAYLOAD_DB_PUSH,
      // Benchmarks count SQL statements per request (DB_QUERY_COUNT_FILE); otherwise none.
      logger: queryCountLogger(),
    }),
    email: env.SMTP_HOST
      ? nodemailerAdapter({
          defaultFromAddress: env.EMAIL_FROM ?? 'no-reply@reelsmith.local',
          defaultFromName: 'Reelsmith',
          transportOptions: {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
          },
        })
      : outboxEmailAdapter(),
    graphQL: { disablePlaygroundInProduction: true },
    // A database restart must not end the process (src/lib/db/poolErrors.ts).
    onInit: logClosedConnections,
    // Upload names as sent, folders included: `acceptUpload` refuses a name that is a path
    // (busboy would otherwise cut `../../etc/passwd.png` down to a harmless-looking name).
    upload: { preservePath: true } as Config['upload'],
    // Request errors (4xx) are the caller's, not the server's: log them quietly.
    // (`RequestError` is ours, see src/lib/http/errors.ts; Payload's type only lists its own names.)
    loggingLevels: {
      RequestError: 'info',
      AuthenticationError: 'info',
      UnauthorizedError: 'info',
    } as Config['loggingLevels'],
    logger: { options: { level: env.LOG_LEVEL } },
    plugins: [
      tenancyPlugin(),
      ...featurePlugins,
      // After the plugins that add job tasks: one worker per job, leases for workers that die.
      jobClaimsPlugin(),
      // After the feature plugins: the tenancy rules every collection inherits (plugins/tenancy/isolation).
      tenantIsolation(),
      // Last: it wraps every upload collection the feature plugins added.
      storagePlugin({ mediaDir: mediaDir() }),
      // After everything that adds endpoints: anonymous callers get 401 before any input is read.
      signInFirst(),
    ],
    sharp,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })

export default reelsmithConfig(features())
