import type { CollectionConfig } from 'payload'

import { platformOperators } from '../../../src/lib/access'

/**
 * Completed Replicate predictions as their signed webhooks reported them. A waiting job reads
 * its prediction here instead of asking Replicate again. Holds no tenant data (ids, status,
 * output URLs), written only by the webhook endpoint.
 */
export const ReplicatePredictions: CollectionConfig = {
  slug: 'replicate-predictions',
  admin: {
    group: 'System',
    useAsTitle: 'predictionId',
    defaultColumns: ['predictionId', 'status', 'createdAt'],
    // The platform's, not a company's: only the operator (who may read them) sees them in the admin.
    hidden: ({ user }) => !user?.isPlatformOperator,
  },
  access: {
    read: platformOperators,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'predictionId', type: 'text', required: true, unique: true },
    { name: 'status', type: 'text', required: true },
    { name: 'output', type: 'json' },
    { name: 'error', type: 'text' },
  ],
  timestamps: true,
}
