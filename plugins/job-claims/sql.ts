import { sql } from '@payloadcms/db-postgres'

/**
 * Every statement the claim guard runs against `payload_jobs`, in one place. Times come from the
 * database clock (`clock_timestamp()`), so workers on machines with skewed clocks agree on leases.
 */

// Any constant works as long as every process of the app uses the same one.
const CLAIM_LOCK_KEY = 7_305_402_114

/** Held until the claiming transaction commits, so the next claimant sees its `processing = true`. */
export const lockClaims = () => sql`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`

const leaseEnd = (leaseMs: number) =>
  sql`clock_timestamp() + ${Math.round(leaseMs)}::integer * interval '1 millisecond'`

/**
 * Jobs whose worker stopped renewing their lease go back to the queue; Payload re-runs the
 * unfinished task. A job that has lost its worker more than `maxReleases` times is taken to be
 * what kills them (a crash leaves no failed try for Payload's retry count): it fails instead.
 */
export const releaseExpiredLeases = (maxReleases: number) => sql`
  UPDATE payload_jobs
     SET processing = false,
         lease_expires_at = NULL,
         lease_releases = COALESCE(lease_releases, 0) + 1,
         has_error = COALESCE(lease_releases, 0) + 1 > ${maxReleases},
         error = CASE WHEN COALESCE(lease_releases, 0) + 1 > ${maxReleases}
                      THEN jsonb_build_object('message', 'The job stopped its worker ' || (COALESCE(lease_releases, 0) + 1) || ' times; not retried again.')
                      ELSE error END
   WHERE processing AND lease_expires_at < clock_timestamp()
  RETURNING id, has_error`

export const processingState = (id: number | string) =>
  sql`SELECT processing FROM payload_jobs WHERE id = ${id}`

export const takeLeases = (ids: Array<number | string>, owner: string, leaseMs: number) => sql`
  UPDATE payload_jobs SET lease_owner = ${owner}, lease_expires_at = ${leaseEnd(leaseMs)}
   WHERE id IN (${sql.join(
     ids.map((id) => sql`${id}`),
     sql`, `,
   )})`

export const extendLeases = (owner: string, leaseMs: number) => sql`
  UPDATE payload_jobs SET lease_expires_at = ${leaseEnd(leaseMs)}
   WHERE processing AND lease_owner = ${owner}`
