import type { Endpoint } from 'payload'
import { z } from 'zod'

import { ownCompanyFromRoute } from '../../../src/lib/access'
import {
  createAsCaller,
  deleteEndpoint,
  listEndpoint,
  routeCompany,
  routeDocument,
} from '../../../src/lib/http/documents'
import { readBody } from '../../../src/lib/http/request'

export const carModelBody = z.object({ name: z.string().trim().min(1).max(120) }).strict()

/** `POST /api/companies/:id/cars`: a car model of the caller's company (ADMIN). */
export const createCarModel: Endpoint = {
  path: '/:id/cars',
  method: 'post',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: true })
    const { name } = await readBody(req, carModelBody)
    return createAsCaller(req, 'car-models', { name, company: company.id })
  },
}

/** `GET /api/companies/:id/cars`: the company's models, each with its variants. */
export const listCarModels = listEndpoint({
  path: '/:id/cars',
  collection: 'car-models',
  scope: routeCompany,
  depth: 1,
  limit: 200,
  sort: 'name',
})

/** `GET /api/cars/:modelId`: the model with its variants. */
export const getCarModel: Endpoint = {
  path: '/cars/:modelId',
  method: 'get',
  handler: async (req) =>
    Response.json(
      await routeDocument(req, 'car-models', 'modelId', { what: 'Car model', depth: 1 }),
    ),
}

/** `PATCH /api/cars/:modelId` (ADMIN). */
export const updateCarModel: Endpoint = {
  path: '/cars/:modelId',
  method: 'patch',
  handler: async (req) => {
    const { id } = await routeDocument(req, 'car-models', 'modelId', {
      what: 'Car model',
      admin: true,
    })
    const data = await readBody(req, carModelBody)
    const doc = await req.payload.update({
      collection: 'car-models',
      id,
      data,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ doc })
  },
}

/** `DELETE /api/cars/:modelId` (ADMIN): with its variants, their media and stored files. */
export const deleteCarModel = deleteEndpoint({
  path: '/cars/:modelId',
  collection: 'car-models',
  param: 'modelId',
  what: 'Car model',
  admin: true,
})
