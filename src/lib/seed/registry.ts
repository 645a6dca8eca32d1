import type { Config, Payload } from 'payload'

export type DemoIds = { studioId: string; trainaiId: string }

/**
 * One part of a plugin's demo data, run after the demo companies and users exist. It checks what
 * is there and makes only what is missing (see `ensureDoc`), and returns a line for the log.
 */
export type DemoSeed = { part: string; run: (payload: Payload, ids: DemoIds) => Promise<string> }

/** A plugin adds its demo parts here, in order; `seedDemo` runs what the composed plugins registered. */
export const registerDemoSeed = (config: Config, ...seeds: DemoSeed[]): Config => ({
  ...config,
  custom: { ...config.custom, demoSeeds: [...demoSeedsOf(config), ...seeds] },
})

export const demoSeedsOf = (config: Pick<Config, 'custom'>): DemoSeed[] =>
  config.custom?.demoSeeds ?? []
