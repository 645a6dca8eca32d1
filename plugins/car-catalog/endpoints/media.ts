import type { Endpoint } from 'payload'
import { z } from 'zod'

import { carMediaTypes } from '../collections/CarMedia'
import type { CarCatalogOptions } from '../options'
import {
  createAsCaller,
  deleteEndpoint,
  listEndpoint,
  routeDocument,
} from '../../../src/lib/http/documents'
import { badRequest } from '../../../src/lib/http/errors'
import { withMultipart } from '../../../src/lib/http/multipart'
import { parse } from '../../../src/lib/http/request'

const mediaFields = z.object({ type: z.enum(carMediaTypes) })

/** `POST /api/cars/variants/:variantId/media` (ADMIN; multipart `type` + `file`, streamed to a temp file). */
export const uploadCarMedia = (options: CarCatalogOptions): Endpoint => ({
  path: '/cars/variants/:variantId/media',
  method: 'post',
  handler: async (req) => {
    const variant = await routeDocument(req, 'car-variants', 'variantId', {
      what: 'Car variant',
      admin: true,
    })
    const largest = Math.max(...Object.values(options.maxBytes))
    return withMultipart(req, { maxFileBytes: largest }, async ({ fields, file }) => {
      const { type } = parse(mediaFields, fields)
      if (!file) throw badRequest('A media file is required.', 'file')
      return createAsCaller(req, 'car-media', { type, variant: variant.id, company: '' }, file)
    })
  },
})

/** `GET /api/cars/variants/:variantId/media`. */
export const listCarMedia = listEndpoint({
  path: '/cars/variants/:variantId/media',
  collection: 'car-media',
  scope: async (req) => ({
    variant: {
      equals: (await routeDocument(req, 'car-variants', 'variantId', { what: 'Car variant' })).id,
    },
  }),
  limit: 500,
  sort: 'createdAt',
})

/** `DELETE /api/cars/media/:mediaId` (ADMIN): the document and its stored file. */
export const deleteCarMedia = deleteEndpoint({
  path: '/cars/media/:mediaId',
  collection: 'car-media',
  param: 'mediaId',
  what: 'Car media',
  admin: true,
})
