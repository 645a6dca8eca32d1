import type { Endpoint } from 'payload'
import { z } from 'zod'

import { equipmentFileTypes } from '../collections/EquipmentFiles'
import { contentFamilies, sniff } from '../../../src/lib/files/sniff'
import { deleteEndpoint, routeDocument } from '../../../src/lib/http/documents'
import { badRequest } from '../../../src/lib/http/errors'
import { withMultipart } from '../../../src/lib/http/multipart'
import { parse, readBody, requireUser } from '../../../src/lib/http/request'
import { readSmallManualNow } from '../services/manualsReady'
import { toEquipment, toEquipmentFile } from './shapes'

const MAX_FILE_BYTES = 100 * 1024 * 1024

const equipmentBody = z
  .object({ name: z.string().trim().min(1, 'name is required').max(200) })
  .strict()
const fileFields = z.object({ file_type: z.enum(equipmentFileTypes).optional() })

/** The file type the content says, when the client does not: PDF → manual, picture → image. */
function inferredFileType(ext: string | undefined) {
  if (!ext) return undefined
  if ((contentFamilies.pdf as readonly string[]).includes(ext)) return 'manual'
  if ((contentFamilies.image as readonly string[]).includes(ext)) return 'image'
  if ((contentFamilies.model3d as readonly string[]).includes(ext)) return '3d_model'
  return undefined
}

const filesOf = async (req: Parameters<Endpoint['handler']>[0], equipmentId: string) =>
  (
    await req.payload.find({
      collection: 'equipment-files',
      where: { equipment: { equals: equipmentId } },
      sort: 'uploadedAt',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
  ).docs

/** `GET /api/equipment`: the company's equipment, newest first. */
export const listEquipment: Endpoint = {
  path: '/equipment',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const { docs } = await req.payload.find({
      collection: 'training-equipment',
      sort: '-createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({ equipment: docs.map(toEquipment) })
  },
}

/** `POST /api/equipment` `{ name }`. */
export const createEquipment: Endpoint = {
  path: '/equipment',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const { name } = await readBody(req, equipmentBody)
    const doc = await req.payload.create({
      collection: 'training-equipment',
      data: { name, company: '', owner: '' },
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(toEquipment(doc), { status: 201 })
  },
}

/** `GET /api/equipment/:id`: with its files. */
export const getEquipment: Endpoint = {
  path: '/equipment/:id',
  method: 'get',
  handler: async (req) => {
    const equipment = await routeDocument(req, 'training-equipment', 'id', { what: 'Equipment' })
    return Response.json({
      ...toEquipment(equipment),
      files: (await filesOf(req, equipment.id)).map(toEquipmentFile),
    })
  },
}

/** `DELETE /api/equipment/:id`: with its files, their stored objects and indexed pages. */
export const deleteEquipment = deleteEndpoint({
  path: '/equipment/:id',
  collection: 'training-equipment',
  param: 'id',
  what: 'Equipment',
  admin: false,
})

/**
 * `POST /api/equipment/:id/files` (multipart: `file`, optional `file_type` manual|image|3d_model).
 * Manuals up to 5 MB come back read (`extraction_status: done`); bigger ones are read by a job.
 */
export const uploadEquipmentFile: Endpoint = {
  path: '/equipment/:id/files',
  method: 'post',
  handler: async (req) => {
    const equipment = await routeDocument(req, 'training-equipment', 'id', { what: 'Equipment' })
    return withMultipart(req, { maxFileBytes: MAX_FILE_BYTES }, async ({ fields, file }) => {
      if (!file) throw badRequest('Attach the file as the multipart field "file".', 'file')
      const fileType =
        parse(fileFields, fields).file_type ?? inferredFileType((await sniff(file))?.ext)
      if (!fileType)
        throw badRequest('The file is not a PDF manual, an image or a 3D model.', 'file')
      const doc = await req.payload.create({
        collection: 'equipment-files',
        data: { equipment: equipment.id, fileType, company: '', owner: '' },
        file,
        overrideAccess: false,
        user: req.user,
      })
      // A small manual is read now: once this answers, a video for the equipment can cite it.
      await readSmallManualNow(req.payload, doc)
      const current = await req.payload.findByID({
        collection: 'equipment-files',
        id: doc.id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
      })
      return Response.json(toEquipmentFile(current), { status: 201 })
    })
  },
}

/** `DELETE /api/equipment/files/:fileId`: the file, its stored object and its indexed pages. */
export const deleteEquipmentFile = deleteEndpoint({
  path: '/equipment/files/:fileId',
  collection: 'equipment-files',
  param: 'fileId',
  what: 'File',
  admin: false,
})

export const equipmentEndpoints = [
  listEquipment,
  createEquipment,
  getEquipment,
  deleteEquipment,
  uploadEquipmentFile,
  deleteEquipmentFile,
]
