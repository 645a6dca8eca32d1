import type { Endpoint } from 'payload'
import { z } from 'zod'

import { ownCompanyFromRoute, readableOr404 } from '../../../src/lib/access'
import { readBody, routeId } from '../../../src/lib/http/request'

export const carModelBody = z.object({ name: z.string().trim().min(1).max(120) }).strict()

/** `POST /api/companies/:id/cars`: a car model of the caller's company (ADMIN). */
export const createCarModel: Endpoint = {
  path: '/:id/cars',
  method: 'post',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: true })
    const { name } = await readBody(req, carModelBody)
    const doc = await req.payload.create({
      collection: 'car-models',
      data: { name, company: company.id },
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ doc }, { status: 201 })
  },
}

/** `GET /api/companies/:id/cars`: the company's models, each with its variants. */
export const listCarModels: Endpoint = {
  path: '/:id/cars',
  method: 'get',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: false })
    const result = await req.payload.find({
      collection: 'car-models',
      where: { company: { equals: company.id } },
      depth: 1,
      limit: 200,
      sort: 'name',
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(result)
  },
}

/** `GET /api/cars/:modelId`: the model with its variants. */
export const getCarModel: Endpoint = {
  path: '/cars/:modelId',
  method: 'get',
  handler: async (req) => {
    const doc = await readableOr404(req, 'car-models', routeId(req, 'modelId', 'Car model'), { what: 'Car model', depth: 1 })
    return Response.json(doc)
  },
}

/** `PATCH /api/cars/:modelId` (ADMIN). */
export const updateCarModel: Endpoint = {
  path: '/cars/:modelId',
  method: 'patch',
  handler: async (req) => {
    const id = routeId(req, 'modelId', 'Car model')
    await readableOr404(req, 'car-models', id, { what: 'Car model', admin: true })
    const data = await readBody(req, carModelBody)
    const doc = await req.payload.update({ collection: 'car-models', id, data, overrideAccess: false, user: req.user })
    return Response.json({ doc })
  },
}

/** `DELETE /api/cars/:modelId` (ADMIN): with its variants, their media and stored files. */
export const deleteCarModel: Endpoint = {
  path: '/cars/:modelId',
  method: 'delete',
  handler: async (req) => {
    const id = routeId(req, 'modelId', 'Car model')
    await readableOr404(req, 'car-models', id, { what: 'Car model', admin: true })
    await req.payload.delete({ collection: 'car-models', id, overrideAccess: false, user: req.user })
    return Response.json({ id, message: 'Car model deleted.' })
  },
}
