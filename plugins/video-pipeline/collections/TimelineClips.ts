import type { CollectionConfig } from 'payload'

import { companyField } from '../../../fields/company'
import { inheritedOwnerField } from '../../../fields/inherited'
import { ownedDocuments } from '../../../src/lib/access'
import { fromProject } from '../hooks/fromProject'

const seconds = (name: string, required = false, positive = false) => ({
  name,
  type: 'number' as const,
  required,
  min: 0,
  max: 600,
  // A clip that lasts nothing cannot be stitched.
  ...(positive
    ? {
        validate: (value: number | null | undefined) =>
          value === null || value === undefined || (value > 0 && value <= 600)
            ? true
            : 'A clip lasts more than 0 and at most 600 seconds.',
      }
    : {}),
})

/** A clip on a project's timeline: which scene, where it starts, how much of the source it keeps. */
export const TimelineClips: CollectionConfig = {
  slug: 'timeline-clips',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'project', 'order', 'startTime', 'duration'],
    group: 'Studio',
  },
  access: ownedDocuments,
  // A project's clips are read with the tenancy rule's company beside the project (see sceneMedia).
  indexes: [{ fields: ['project', 'company'] }],
  hooks: {
    beforeValidate: [fromProject({ ownerOnly: true })],
  },
  fields: [
    companyField(),
    inheritedOwnerField(),
    { name: 'project', type: 'relationship', relationTo: 'projects', required: true, index: true },
    { name: 'scene', type: 'relationship', relationTo: 'scenes', index: true },
    {
      name: 'video',
      type: 'relationship',
      relationTo: 'generated-videos',
      admin: { description: 'Defaults to the scene’s selected clip.' },
    },
    { name: 'title', type: 'text', maxLength: 200 },
    { name: 'order', type: 'number', required: true, min: 0 },
    seconds('startTime', true),
    seconds('duration', true, true),
    seconds('trimStart'),
    seconds('trimEnd'),
  ],
  timestamps: true,
}
