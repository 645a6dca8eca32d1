/** Who the e2e fixtures create (e2e/server/seed.ts) and the specs sign in as. */
export const e2eAccounts = {
  companies: {
    northwind: 'Northwind Motors',
    rival: 'Rival Motors',
    lakeside: 'Lakeside Kitchens',
  },
  admin: {
    email: 'ada@northwind.test',
    password: 'northwind-admin',
    name: 'Ada Lind',
    role: 'ADMIN' as const,
  },
  member: {
    email: 'max@northwind.test',
    password: 'northwind-member',
    name: 'Max Berg',
    role: 'MEMBER' as const,
  },
  rival: {
    email: 'rita@rival.test',
    password: 'rival-admin-pass',
    name: 'Rita Stone',
    role: 'ADMIN' as const,
  },
  // A TrainAI company (equipment, training videos).
  trainer: {
    email: 'tess@lakeside.test',
    password: 'lakeside-trainer',
    name: 'Tess Quinn',
    role: 'ADMIN' as const,
  },
}

/** A training video the fixtures store with its script written, not rendered yet ("processing"). */
export const draftVideo = { title: 'Steam Generator Descaling' }

/**
 * A training video the fixtures store as rendering with no render queued, as the demo video is
 * when a first start stops between its script and its render job: "Not finished yet" in /library.
 */
export const renderingVideo = { title: 'Rack Rail Replacement' }

/** A training video the fixtures store as failed (its render refused), for the library's filter. */
export const failedVideo = {
  title: 'Fan Motor Replacement',
  reason:
    "Rendering failed: Scene 2's narration runs 74 s; a scene lasts at most 60 s: shorten its voiceover text or split the step.",
}

import type { BrandGuideline } from '../../payload-types'

const guidelines: BrandGuideline['guidelines'] = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          {
            type: 'text',
            text: 'Calm, confident, never loud. Show the car in natural light.',
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
            version: 1,
          },
        ],
      },
    ],
  },
}

/** Documents of the fixtures the admin specs look for by name. */
export const e2eFixtures = {
  rivalCar: 'Rival Roadster',
  rivalProject: 'Rival launch',
  trainingVideo: 'Oven cleaning',
  firstVoiceover: 'Switch the oven off and let it cool for one hour.',
  manualPage:
    'Before cleaning, switch the oven off at the wall and let it cool for at least one hour.',
  guidelines,
}
