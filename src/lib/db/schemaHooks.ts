import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { Config } from 'payload'

export type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Adds a Postgres `afterSchemaInit` hook from a plugin (an index over its own table), so the
 * plugin needs nothing in payload.config.ts. The adapter keeps its hooks on the instance it
 * builds; other adapters have none, and get nothing.
 */
export function withAfterSchemaInit(config: Config, hook: SchemaHook): Config {
  const db = config.db
  return {
    ...config,
    db: {
      ...db,
      init: (args) => {
        const adapter = db.init(args)
        if ('afterSchemaInit' in adapter && Array.isArray(adapter.afterSchemaInit))
          adapter.afterSchemaInit.push(hook)
        return adapter
      },
    },
  }
}
