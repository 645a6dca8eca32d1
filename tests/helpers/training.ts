import { expect } from 'vitest'

import { renderManualPdf } from '../../plugins/training/services/manualPdf'
import { type ApiClient, asJson } from './api'
import { payload } from './fixtures'
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

/** The service manual the TrainAI route tests upload (read during the upload: 3 pages). */
export const SCC101_MANUAL = [
  'Rational SCC 101 service manual. Safety: switch off the oven at the main isolator and let the cooking cabinet cool below 40 °C.',
  'Door replacement. Open the door to 90 degrees. Remove the four Torx T20 screws of the upper hinge cover. Lift the door off both hinge pins.',
  'Fit the new door on the hinge pins. Tighten the hinge bolts to 12 Nm. Check the door gasket seals evenly all around.',
]

/** How many files an equipment has. */
export const filesOf = async (equipmentId: string) =>
  (
    await payload.count({
      collection: 'equipment-files',
      where: { equipment: { equals: equipmentId } },
    })
  ).totalDocs

/** Equipment with its service manual uploaded and read during the upload (pages indexed). */
export async function equipmentWithManual(tenant: { memberApi: ApiClient }) {
  const equipmentId = await newEquipment(tenant.memberApi)
  const manual = await uploadManual(tenant.memberApi, equipmentId, {
    title: 'Rational SCC 101',
    pages: SCC101_MANUAL,
    fileName: 'scc101-manual.pdf',
  })
  return { equipmentId, manualId: manual.id }
}
