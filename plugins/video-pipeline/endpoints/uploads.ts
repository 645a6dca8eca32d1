import type { Endpoint } from 'payload'

import { MAX_UPLOADED_IMAGE_BYTES } from '../collections/UploadedImages'
import { readableOr404 } from '../../../src/lib/access'
import { badRequest } from '../../../src/lib/http/errors'
import { readMultipart } from '../../../src/lib/http/multipart'
import { routeId } from '../../../src/lib/http/request'

/**
 * `POST /api/projects/:id/uploads` (multipart `file`): an image for the project's scenes, stored
 * at `projects/{id}/uploads/{imageId}.{ext}`; use it with `POST /api/generate-image { customImageId }`.
 */
export const uploadProjectImage: Endpoint = {
  path: '/:id/uploads',
  method: 'post',
  handler: async (req) => {
    const project = await readableOr404(req, 'projects', routeId(req, 'id', 'Project'), { what: 'Project' })
    const { file, cleanup } = await readMultipart(req, { maxFileBytes: MAX_UPLOADED_IMAGE_BYTES })
    try {
      if (!file) throw badRequest('Attach the image as the multipart field "file".', 'file')
      const doc = await req.payload.create({
        collection: 'uploaded-images',
        data: { project: project.id, company: '', owner: '' },
        file,
        overrideAccess: false,
        user: req.user,
      })
      return Response.json({ doc }, { status: 201 })
    } finally {
      await cleanup()
    }
  },
}
