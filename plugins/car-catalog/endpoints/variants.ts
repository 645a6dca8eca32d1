import type { Endpoint } from 'payload'
import { z } from 'zod'

import { FIRST_CAR_YEAR, lastCarYear } from '../collections/CarVariants'
import { createAsCaller, deleteEndpoint, routeDocument } from '../../../src/lib/http/documents'
import { readBody } from '../../../src/lib/http/request'

const year = z
  .number()
  .int()
  .refine((y) => y >= FIRST_CAR_YEAR && y <= lastCarYear(), {
    message: `must be between ${FIRST_CAR_YEAR} and next year + 2`,
  })
const trim = z.string().trim().min(1).max(80)

export const createVariantBody = z.object({ year, trim }).strict()
export const updateVariantBody = z.object({ year: year.optional(), trim: trim.optional() }).strict()

/** `POST /api/cars/:modelId/variants` (ADMIN). */
export const createCarVariant: Endpoint = {
  path: '/cars/:modelId/variants',
  method: 'post',
  handler: async (req) => {
    const model = await routeDocument(req, 'car-models', 'modelId', {
      what: 'Car model',
      admin: true,
    })
    const body = await readBody(req, createVariantBody)
    return createAsCaller(req, 'car-variants', { ...body, model: model.id, company: '' })
  },
}

/** `PATCH /api/cars/variants/:variantId` (ADMIN). */
export const updateCarVariant: Endpoint = {
  path: '/cars/variants/:variantId',
  method: 'patch',
  handler: async (req) => {
    const { id } = await routeDocument(req, 'car-variants', 'variantId', {
      what: 'Car variant',
      admin: true,
    })
    const data = await readBody(req, updateVariantBody)
    const doc = await req.payload.update({
      collection: 'car-variants',
      id,
      data,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ doc })
  },
}

/** `DELETE /api/cars/variants/:variantId` (ADMIN): with its media and stored files. */
export const deleteCarVariant = deleteEndpoint({
  path: '/cars/variants/:variantId',
  collection: 'car-variants',
  param: 'variantId',
  what: 'Car variant',
  admin: true,
})
