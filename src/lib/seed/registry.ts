import type { Config, Payload } from 'payload'

/** A plugin's demo data, run after the demo companies and users exist. */
export type DemoSeed = (payload: Payload, ids: { studioId: string; trainaiId: string }) => Promise<void>

/** A plugin adds its demo data here; `seedDemo` runs what the composed plugins registered. */
export const registerDemoSeed = (config: Config, seed: DemoSeed): Config => ({
  ...config,
  custom: { ...config.custom, demoSeeds: [...demoSeedsOf(config), seed] },
})

export const demoSeedsOf = (config: Pick<Config, 'custom'>): DemoSeed[] => config.custom?.demoSeeds ?? []
