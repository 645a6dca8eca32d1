import type { Endpoint } from 'payload'

import { MAX_UPLOADED_IMAGE_BYTES } from '../collections/UploadedImages'
import { createAsCaller, routeDocument } from '../../../src/lib/http/documents'
import { badRequest } from '../../../src/lib/http/errors'
import { withMultipart } from '../../../src/lib/http/multipart'

/**
 * `POST /api/projects/:id/uploads` (multipart `file`): an image for the project's scenes, stored
 * at `projects/{id}/uploads/{imageId}.{ext}`; use it with `POST /api/generate-image { customImageId }`.
 */
export const uploadProjectImage: Endpoint = {
  path: '/:id/uploads',
  method: 'post',
  handler: async (req) => {
    const project = await routeDocument(req, 'projects', 'id', { what: 'Project' })
    return withMultipart(req, { maxFileBytes: MAX_UPLOADED_IMAGE_BYTES }, async ({ file }) => {
      if (!file) throw badRequest('Attach the image as the multipart field "file".', 'file')
      return createAsCaller(
        req,
        'uploaded-images',
        { project: project.id, company: '', owner: '' },
        file,
      )
    })
  },
}
