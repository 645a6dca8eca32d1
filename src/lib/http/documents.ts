import type {
  CollectionSlug,
  Endpoint,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
  Where,
} from 'payload'

import { ownCompanyFromRoute, readableOr404 } from '../access'
import type { UploadedFile } from './multipart'
import { routeId } from './request'

type Readable = { what: string; admin?: boolean; depth?: number }

/**
 * The document the route parameter `param` names, as the caller may read it: else 404 (a
 * malformed id too), and 403 after that for a non-ADMIN when `admin` is set.
 */
export const routeDocument = <TSlug extends CollectionSlug>(
  req: PayloadRequest,
  collection: TSlug,
  param: string,
  options: Readable,
) => readableOr404(req, collection, routeId(req, param, options.what), options)

/** `GET` of a collection's documents that `scope` allows, as the caller may read them. */
export const listEndpoint = <TSlug extends CollectionSlug>(options: {
  path: string
  collection: TSlug
  scope: (req: PayloadRequest) => Promise<Where>
  sort: string
  limit: number
  depth?: number
}): Endpoint => ({
  path: options.path,
  method: 'get',
  handler: async (req) => {
    const where = await options.scope(req)
    const { collection, sort, limit, depth = 0 } = options
    return Response.json(
      await req.payload.find({
        collection,
        where,
        sort,
        limit,
        depth,
        overrideAccess: false,
        user: req.user,
      }),
    )
  },
})

/** Scope of `/companies/:id/…` lists: the route's company, which must be the caller's own (else 404). */
export const routeCompany = async (req: PayloadRequest): Promise<Where> => ({
  company: { equals: (await ownCompanyFromRoute(req, { admin: false })).id },
})

/**
 * `DELETE` of the document `param` names, with what hangs off it and its stored file: 404 unless
 * the caller may read it, 403 for a non-ADMIN when `admin`; the collection's delete rule decides the rest.
 */
export const deleteEndpoint = <TSlug extends CollectionSlug>(options: {
  path: string
  collection: TSlug
  param: string
  what: string
  admin: boolean
}): Endpoint => ({
  path: options.path,
  method: 'delete',
  handler: async (req) => {
    const { id } = await routeDocument(req, options.collection, options.param, {
      what: options.what,
      admin: options.admin,
    })
    await req.payload.delete({
      collection: options.collection,
      id,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ id, message: `${options.what} deleted.` })
  },
})

/** Creates a document as the caller (their access and the collection's hooks apply): 201 `{ doc }`. */
export async function createAsCaller<TSlug extends CollectionSlug>(
  req: PayloadRequest,
  collection: TSlug,
  data: RequiredDataFromCollectionSlug<TSlug>,
  file?: UploadedFile,
) {
  const doc = await req.payload.create({
    collection,
    data,
    file,
    overrideAccess: false,
    user: req.user,
  })
  return Response.json({ doc }, { status: 201 })
}
