import { expect } from 'vitest'

import { renderManualPdf } from '../../plugins/training/services/manualPdf'
import { type ApiClient, asJson } from './api'
import { formWith } from './media'

/** Equipment created through `POST /api/equipment`; its id. */
export async function newEquipment(api: ApiClient, name = 'Rational SCC 101'): Promise<string> {
  const created = await api.post('/equipment', { json: { name } })
  expect(created.status).toBe(201)
  return (await asJson(created)).id
}

/**
 * A PDF manual of `pages` uploaded through `POST /api/equipment/:id/files`, small enough to be
 * read during the upload (its pages indexed before the answer); the file as the route answers it.
 */
export async function uploadManual(
  api: ApiClient,
  equipmentId: string,
  manual: { title: string; pages: string[]; fileName: string },
) {
  const upload = await api.post(`/equipment/${equipmentId}/files`, {
    form: formWith(
      { file_type: 'manual' },
      {
        bytes: await renderManualPdf(manual.title, manual.pages),
        name: manual.fileName,
        type: 'application/pdf',
      },
    ),
  })
  expect(upload.status).toBe(201)
  const file = await asJson(upload)
  expect(file.extraction_status).toBe('done')
  return file as { id: string; extraction_status: string }
}
