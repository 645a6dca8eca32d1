/** What the server answers for an uploaded equipment file (the TrainAI document's shape). */
export type UploadedFile = {
  id: string
  file_type: 'manual' | 'image' | '3d_model'
  file_name: string | null
  extraction_status: 'pending' | 'done' | 'failed' | null
  extraction_error: string | null
}

/**
 * `POST /api/equipment/:id/files` for one file, through XMLHttpRequest because fetch cannot
 * report upload progress. `onSent` fires once every byte is out: the server is then storing it
 * (and reading a small manual) before it answers.
 */
export function uploadEquipmentFile(
  equipmentId: string,
  file: File,
  handlers: { onProgress: (fraction: number) => void; onSent: () => void },
): { done: Promise<UploadedFile>; abort: () => void } {
  const xhr = new XMLHttpRequest()
  const done = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', `/api/equipment/${equipmentId}/files`)
    xhr.responseType = 'json'
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.onprogress = (event) =>
      event.lengthComputable && handlers.onProgress(event.loaded / event.total)
    xhr.upload.onload = () => handlers.onSent()
    xhr.onload = () => {
      const body = xhr.response as (UploadedFile & { errors?: Array<{ message?: string }> }) | null
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body)
      else reject(new Error(body?.errors?.[0]?.message || `The server answered ${xhr.status}.`))
    }
    xhr.onerror = () => reject(new Error('The upload was interrupted (network error).'))
    xhr.onabort = () => reject(new Error('Upload cancelled.'))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })
  return { done, abort: () => xhr.abort() }
}
