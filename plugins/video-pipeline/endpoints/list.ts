import type { Endpoint, Where } from 'payload'
import { z } from 'zod'

import { parse, requireUser } from '../../../src/lib/http/request'

const query = z.object({
  scope: z.enum(['mine', 'company']).default('mine'),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  sort: z.string().max(50).default('-updatedAt'),
})

/**
 * `GET /api/projects?scope=mine|company` (default mine): Payload's list response, with
 * Payload's `where` query still applied on top of the scope and the access rules.
 */
export const listProjects: Endpoint = {
  path: '/',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const { scope, page, limit, sort } = parse(query, {
      scope: req.query?.scope,
      page: req.query?.page,
      limit: req.query?.limit,
      sort: req.query?.sort,
    })
    const filters: Where[] = []
    if (scope === 'mine') filters.push({ owner: { equals: req.user.id } })
    if (req.query?.where && typeof req.query.where === 'object')
      filters.push(req.query.where as Where)
    const result = await req.payload.find({
      collection: 'projects',
      where: filters.length ? { and: filters } : undefined,
      page,
      limit,
      sort,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json(result)
  },
}
