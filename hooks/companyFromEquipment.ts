import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../src/lib/access'
import { notFound } from '../src/lib/http/errors'

/**
 * Child documents of a piece of equipment take their tenant from it. With a user, the
 * equipment must be readable by that user (another company's id answers 404).
 */
export const companyFromEquipment: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const equipmentId = idOf(data.equipment)
  const equipment = equipmentId
    ? await req.payload.findByID({
        collection: 'training-equipment',
        id: equipmentId,
        depth: 0,
        overrideAccess: !req.user,
        user: req.user ?? undefined,
        disableErrors: true,
        req,
      })
    : null
  if (!equipment) throw notFound('Equipment')
  return { ...data, company: idOf(equipment.company) }
}
