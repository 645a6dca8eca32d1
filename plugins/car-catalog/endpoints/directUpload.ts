import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { z } from 'zod'

import { allowedCarMedia } from '../collections/CarMedia'
import type { CarCatalogOptions } from '../options'
import { idOf } from '../../../src/lib/db/ids'
import { routeDocument } from '../../../src/lib/http/documents'
import { signToken, verifyToken } from '../../../src/lib/auth/signedToken'
import { sniff } from '../../../src/lib/files/sniff'
import { badRequest, conflict } from '../../../src/lib/http/errors'
import { readBody } from '../../../src/lib/http/request'
import { probe } from '../../../src/lib/media/probe'
import { carMediaLocation, key } from '../../../src/lib/storage/keys'
import {
  deleteObject,
  headObject,
  presignGet,
  presignPut,
  readObjectStart,
  s3Bucket,
} from '../../../src/lib/storage/s3Objects'

/** Only the large media go straight to the bucket; images take the multipart route. */
const directTypes = ['SOUND', '3D_MODEL'] as const
const TOKEN_TTL_SECONDS = 15 * 60

const requestBody = z
  .object({
    type: z.enum(directTypes),
    filename: z.string().trim().min(1).max(255),
    size: z.number().int().positive(),
    mimeType: z.string().max(100).default('application/octet-stream'),
  })
  .strict()

const claimsSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  variantId: z.uuid(),
  type: z.enum(directTypes),
  originalFilename: z.string(),
  size: z.number().int().positive(),
  ext: z.string(),
})

const extensionOf = (filename: string) =>
  path
    .extname(path.basename(filename.replace(/\\/g, '/')))
    .slice(1)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8)

const requireS3 = () => {
  if (!s3Bucket())
    throw badRequest(
      'Direct uploads need S3 storage; send the file as multipart/form-data instead.',
      'type',
    )
}

/**
 * `POST /api/cars/variants/:variantId/media/upload-url` (ADMIN, S3 only): a presigned PUT for a
 * large sound or 3D model, at its final key, and a signed token to complete the upload with.
 */
export const requestCarMediaUpload = (options: CarCatalogOptions): Endpoint => ({
  path: '/cars/variants/:variantId/media/upload-url',
  method: 'post',
  handler: async (req) => {
    const variant = await routeDocument(req, 'car-variants', 'variantId', {
      what: 'Car variant',
      admin: true,
    })
    const variantId = variant.id
    requireS3()
    const body = await readBody(req, requestBody)
    if (body.size > options.maxBytes[body.type])
      throw badRequest(`The file is larger than ${options.maxBytes[body.type]} bytes.`, 'size')
    const ext = extensionOf(body.filename)
    if (!allowedCarMedia[body.type].includes(ext)) {
      throw badRequest(
        `A ${body.type} must be one of ${allowedCarMedia[body.type].join(', ')}.`,
        'filename',
      )
    }
    const id = randomUUID()
    const location = carMediaLocation({
      companyId: idOf(variant.company)!,
      modelId: idOf(variant.model)!,
      variantId,
      mediaId: id,
      type: body.type,
      ext,
    })
    const objectKey = key(location)
    const upload = await presignPut(objectKey, body.mimeType, body.size, TOKEN_TTL_SECONDS)
    const uploadToken = signToken(
      req.payload.secret,
      {
        id,
        key: objectKey,
        variantId,
        type: body.type,
        originalFilename: path.basename(body.filename.replace(/\\/g, '/')),
        size: body.size,
        ext,
      },
      TOKEN_TTL_SECONDS,
    )
    return Response.json(
      {
        uploadUrl: upload.url,
        method: 'PUT',
        headers: upload.headers,
        uploadToken,
        expiresIn: TOKEN_TTL_SECONDS,
      },
      { status: 201 },
    )
  },
})

/**
 * `POST /api/cars/variants/:variantId/media/complete`: checks the uploaded object (size, sniffed
 * content, readable duration for sounds) and creates its document; a bad object is deleted.
 */
export const completeCarMediaUpload: Endpoint = {
  path: '/cars/variants/:variantId/media/complete',
  method: 'post',
  handler: async (req) => {
    const { id: variantId } = await routeDocument(req, 'car-variants', 'variantId', {
      what: 'Car variant',
      admin: true,
    })
    requireS3()
    const { uploadToken } = await readBody(
      req,
      z.object({ uploadToken: z.string().min(10).max(4096) }).strict(),
    )
    const claims = verifyToken(req.payload.secret, uploadToken, claimsSchema)
    if (!claims || claims.variantId !== variantId)
      throw badRequest('The upload token is invalid or has expired.', 'uploadToken')
    if (
      await req.payload.findByID({
        collection: 'car-media',
        id: claims.id,
        depth: 0,
        disableErrors: true,
      })
    ) {
      throw conflict('This upload was already completed.')
    }

    const head = await headObject(claims.key)
    if (!head) throw badRequest('The file has not been uploaded yet.', 'uploadToken')
    const refuse = async (message: string) => {
      await deleteObject(claims.key)
      return badRequest(message, 'file')
    }
    if (head.size !== claims.size)
      throw await refuse(
        `The uploaded file has ${head.size} bytes, not the announced ${claims.size}.`,
      )
    const sniffed = await sniff({ data: await readObjectStart(claims.key) })
    if (!sniffed || sniffed.ext !== claims.ext) {
      throw await refuse(
        `The file content is ${sniffed?.mime ?? 'not a recognised format'}, not ${claims.ext}.`,
      )
    }
    let duration: number | undefined
    if (claims.type === 'SOUND') {
      const probed = await probe(await presignGet(claims.key)).catch(() => null)
      if (!probed?.durationSeconds) throw await refuse('The sound could not be read (no duration).')
      duration = Math.round(probed.durationSeconds * 1000) / 1000
    }

    // Payload only records file fields for files it received, so they are written after the
    // insert, in the same transaction.
    const shouldCommit = await initTransaction(req)
    try {
      const created = await req.payload.create({
        collection: 'car-media',
        data: {
          type: claims.type,
          variant: variantId,
          company: '',
          originalFilename: claims.originalFilename,
          duration,
        },
        context: { presetId: claims.id, directUpload: true },
        overrideAccess: false,
        user: req.user,
        req,
      })
      await req.payload.db.updateOne({
        collection: 'car-media',
        id: created.id,
        data: {
          filename: `${claims.id}.${claims.ext}`,
          mimeType: sniffed.mime,
          filesize: head.size,
        },
        req,
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    const doc = await req.payload.findByID({
      collection: 'car-media',
      id: claims.id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ doc }, { status: 201 })
  },
}
