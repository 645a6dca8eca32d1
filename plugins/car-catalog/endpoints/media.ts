import type { Endpoint } from 'payload'
import { z } from 'zod'

import { carMediaTypes } from '../collections/CarMedia'
import type { CarCatalogOptions } from '../options'
import { readableOr404 } from '../../../src/lib/access'
import { badRequest } from '../../../src/lib/http/errors'
import { readMultipart } from '../../../src/lib/http/multipart'
import { parse, routeId } from '../../../src/lib/http/request'

const mediaFields = z.object({ type: z.enum(carMediaTypes) })

/** `POST /api/cars/variants/:variantId/media` (ADMIN; multipart `type` + `file`, streamed to a temp file). */
export const uploadCarMedia = (options: CarCatalogOptions): Endpoint => ({
  path: '/cars/variants/:variantId/media',
  method: 'post',
  handler: async (req) => {
    const variantId = routeId(req, 'variantId', 'Car variant')
    await readableOr404(req, 'car-variants', variantId, { what: 'Car variant', admin: true })
    const largest = Math.max(...Object.values(options.maxBytes))
    const { fields, file, cleanup } = await readMultipart(req, { maxFileBytes: largest })
    try {
      const { type } = parse(mediaFields, fields)
      if (!file) throw badRequest('A media file is required.', 'file')
      const doc = await req.payload.create({
        collection: 'car-media',
        data: { type, variant: variantId, company: '' },
        file,
        overrideAccess: false,
        user: req.user,
      })
      return Response.json({ doc }, { status: 201 })
    } finally {
      await cleanup()
    }
  },
})

/** `GET /api/cars/variants/:variantId/media`. */
export const listCarMedia: Endpoint = {
  path: '/cars/variants/:variantId/media',
  method: 'get',
  handler: async (req) => {
    const variantId = routeId(req, 'variantId', 'Car variant')
    await readableOr404(req, 'car-variants', variantId, { what: 'Car variant' })
    const result = await req.payload.find({
      collection: 'car-media',
      where: { variant: { equals: variantId } },
      depth: 0,
      limit: 500,
      sort: 'createdAt',
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(result)
  },
}

/** `DELETE /api/cars/media/:mediaId` (ADMIN): the document and its stored file. */
export const deleteCarMedia: Endpoint = {
  path: '/cars/media/:mediaId',
  method: 'delete',
  handler: async (req) => {
    const id = routeId(req, 'mediaId', 'Car media')
    await readableOr404(req, 'car-media', id, { what: 'Car media', admin: true })
    await req.payload.delete({ collection: 'car-media', id, overrideAccess: false, user: req.user })
    return Response.json({ id, message: 'Car media deleted.' })
  },
}
