import type { Endpoint } from 'payload'
import { z } from 'zod'

import { assetValueSchema, companyAssetTypes } from '../../collections/CompanyAssets'
import { ownCompanyFromRoute } from '../../src/lib/access'
import { badRequest, notFound } from '../../src/lib/http/errors'
import { createAsCaller, listEndpoint, routeCompany } from '../../src/lib/http/documents'
import { withMultipart } from '../../src/lib/http/multipart'
import { parse, routeId } from '../../src/lib/http/request'

const MAX_ASSET_BYTES = 20 * 1024 * 1024

const assetFields = z.object({
  type: z.enum(companyAssetTypes),
  value: z
    .string()
    .max(64 * 1024)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return undefined
      try {
        return JSON.parse(text) as unknown
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' })
        return z.NEVER
      }
    }),
})

/** `POST /api/companies/:id/assets` (multipart: `type`, optional JSON `value`, `file`). */
export const uploadCompanyAsset: Endpoint = {
  path: '/:id/assets',
  method: 'post',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: true })
    return withMultipart(req, { maxFileBytes: MAX_ASSET_BYTES }, async ({ fields, file }) => {
      const { type, value } = parse(assetFields, fields)
      const checkedValue = parse(
        assetValueSchema(type),
        value ?? (type === 'COLOR_SCHEME' ? undefined : null),
      )
      if (type !== 'COLOR_SCHEME' && !file)
        throw badRequest(`A ${type} asset needs a file.`, 'file')
      return createAsCaller(
        req,
        'company-assets',
        { type, value: checkedValue ?? null, company: company.id },
        type === 'COLOR_SCHEME' ? undefined : file,
      )
    })
  },
}

/** `GET /api/companies/:id/assets`: the company's brand assets. */
export const listCompanyAssets = listEndpoint({
  path: '/:id/assets',
  collection: 'company-assets',
  scope: routeCompany,
  limit: 200,
  sort: '-createdAt',
})

/** `DELETE /api/companies/:id/assets/:assetId`: the document and its stored object. */
export const deleteCompanyAsset: Endpoint = {
  path: '/:id/assets/:assetId',
  method: 'delete',
  handler: async (req) => {
    const company = await ownCompanyFromRoute(req, { admin: true })
    const assetId = routeId(req, 'assetId', 'Asset')
    const { docs } = await req.payload.find({
      collection: 'company-assets',
      where: { and: [{ id: { equals: assetId } }, { company: { equals: company.id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    if (!docs[0]) throw notFound('Asset')
    await req.payload.delete({
      collection: 'company-assets',
      id: assetId,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ id: assetId, message: 'Asset deleted.' })
  },
}
