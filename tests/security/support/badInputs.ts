import { deflateRawSync } from 'node:zlib'
import type { CollectionSlug } from 'payload'

import { payload } from '../../helpers/fixtures'
import { elfBytes, glbBytes, pngBytes } from '../../helpers/media'
import type { World } from '../../helpers/world'

/** One malformed request, and the class of input it belongs to (the list). */
export type BadRequest = {
  kind: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  json?: unknown
  raw?: string
  form?: () => Promise<FormData>
  headers?: Record<string, string>
  graphql?: boolean
}

const MB = 1024 * 1024
const huge = 'x'.repeat(MB)
const nul = 'before\u0000after'

/** Values no field of this type can take (nothing a lenient parser could coerce into one). */
const wrongValue: Record<string, unknown> = {
  text: { nested: 'object' },
  textarea: ['an', 'array'],
  email: 12345,
  number: 'not a number',
  select: 'NOT_AN_OPTION',
  checkbox: 'maybe',
  date: 'the day after tomorrow',
  relationship: 'not-a-uuid',
}

/** Fields a client writes when creating each collection, valid, naming the world's documents. */
const validBodies = (
  world: World,
  company: string,
): Partial<Record<CollectionSlug, Record<string, unknown>>> => ({
  'car-models': { name: 'Model', company },
  'car-variants': { model: world['car-models'], year: 2020, trim: 'Base' },
  projects: { name: 'Film', prompt: 'A coupé', targetDuration: 15 },
  scenes: { project: world.projects, sceneNumber: 1, sceneTitle: 'Dawn' },
  'timeline-clips': {
    project: world.projects,
    scene: world.scenes,
    order: 0,
    startTime: 0,
    duration: 1,
  },
  'training-equipment': { name: 'Oven' },
  users: {
    email: 'someone@example.test',
    name: 'Someone',
    password: 'long-enough-password',
    role: 'MEMBER',
  },
})

/**
 * Every data field of the collections a company ADMIN creates through Payload's routes (from the
 * built config): a wrong type, a megabyte string, a NUL character — on create and on update.
 */
function fieldCorpus(world: World, company: string): BadRequest[] {
  const out: BadRequest[] = []
  for (const [slug, body] of Object.entries(validBodies(world, company))) {
    const collection = payload.config.collections.find((c) => c.slug === slug)!
    out.push({ kind: 'missing fields', method: 'POST', path: `/${slug}`, json: {} })
    for (const field of collection.fields) {
      if (
        !('name' in field) ||
        ['id', 'company', 'owner', 'createdAt', 'updatedAt', 'status', 'failureReason'].includes(
          field.name,
        )
      )
        continue
      const options = field as {
        access?: { create?: unknown }
        admin?: { readOnly?: boolean; hidden?: boolean }
        hidden?: boolean
      }
      if (
        options.access?.create ||
        options.admin?.readOnly ||
        options.admin?.hidden ||
        options.hidden
      )
        continue
      const wrong = wrongValue[field.type]
      if (wrong !== undefined) {
        out.push({
          kind: 'wrong types',
          method: 'POST',
          path: `/${slug}`,
          json: { ...body, [field.name]: wrong },
        })
        if (world[slug as CollectionSlug])
          out.push({
            kind: 'wrong types',
            method: 'PATCH',
            path: `/${slug}/${world[slug as CollectionSlug]}`,
            json: { [field.name]: wrong },
          })
      }
      if (field.type === 'text' || field.type === 'textarea' || field.type === 'email') {
        out.push({
          kind: '1 MB strings',
          method: 'POST',
          path: `/${slug}`,
          json: { ...body, [field.name]: huge },
        })
        out.push({
          kind: 'NUL bytes',
          method: 'POST',
          path: `/${slug}`,
          json: { ...body, [field.name]: nul },
        })
        if (world[slug as CollectionSlug])
          out.push({
            kind: 'NUL bytes',
            method: 'PATCH',
            path: `/${slug}/${world[slug as CollectionSlug]}`,
            json: { [field.name]: nul },
          })
      }
    }
  }
  return out
}

/** The seed documents' routes with JSON bodies: valid bodies broken one way at a time. */
function endpointCorpus(world: World, company: string): BadRequest[] {
  const routes: Array<[BadRequest['method'], string, Record<string, unknown>]> = [
    [
      'POST',
      '/auth/signup',
      {
        email: 'new@example.test',
        password: 'long-enough-password',
        name: 'New',
        companyName: 'New Co',
      },
    ],
    ['POST', '/auth/signin', { email: 'someone@example.test', password: 'long-enough-password' }],
    ['POST', `/companies/${company}/users`, { email: 'invitee@example.test', name: 'Invitee' }],
    ['POST', `/companies/${company}/cars`, { name: 'Model' }],
    ['PATCH', `/cars/${world['car-models']}`, { name: 'Model' }],
    ['POST', `/cars/${world['car-models']}/variants`, { year: 2021, trim: 'GT' }],
    ['PATCH', `/cars/variants/${world['car-variants']}`, { trim: 'GT' }],
    ['POST', `/projects/${world.projects}/scenes`, { sceneTitle: 'Dusk' }],
    ['PATCH', `/projects/${world.projects}/scenes/${world.scenes}`, { sceneTitle: 'Dusk' }],
    ['POST', '/generate-image', { sceneId: world.scenes }],
    ['POST', '/generate-video', { sceneId: world.scenes }],
    ['POST', '/stitch-videos', { projectId: world.projects }],
    ['POST', '/equipment', { name: 'Oven' }],
    ['POST', '/videos', { prompt: 'Replace the door seal' }],
    ['PATCH', `/scenes/${world.scenes}`, { voiceover_text: 'Open the door.' }],
    ['POST', `/projects/${world.projects}/retry`, { sceneId: world.scenes }],
    ['POST', `/projects/${world.projects}/storyboard`, {}],
    [
      'POST',
      `/cars/variants/${world['car-variants']}/media/upload-url`,
      { type: '3D_MODEL', filename: 'model.glb', size: 1000 },
    ],
    [
      'POST',
      `/cars/variants/${world['car-variants']}/media/complete`,
      { uploadToken: 'not-a-real-upload-token' },
    ],
    ['POST', `/videos/${world.projects}/generate`, { burn_subtitles: true }],
  ]
  const out: BadRequest[] = []
  for (const [method, path, body] of routes) {
    out.push({
      kind: 'unknown fields',
      method,
      path,
      json: { ...body, role: 'ADMIN', company: 'someone-else' },
    })
    // An empty PATCH is a valid no-op, and some routes take an empty body: only creates miss fields.
    if (method === 'POST' && Object.keys(body).length > 0)
      out.push({ kind: 'missing fields', method, path, json: {} })
    for (const key of Object.keys(body)) {
      out.push({ kind: 'wrong types', method, path, json: { ...body, [key]: { $gt: '' } } })
      out.push({ kind: '1 MB strings', method, path, json: { ...body, [key]: huge } })
      out.push({ kind: 'NUL bytes', method, path, json: { ...body, [key]: nul } })
    }
    out.push({
      kind: 'huge arrays',
      method,
      path,
      json: { ...body, [Object.keys(body)[0]!]: Array.from({ length: 200_000 }, (_, i) => i) },
    })
    out.push({
      kind: 'malformed bodies',
      method,
      path,
      raw: '{"truncated": ',
      headers: { 'content-type': 'application/json' },
    })
    out.push({
      kind: 'malformed bodies',
      method,
      path,
      raw: JSON.stringify([body]),
      headers: { 'content-type': 'application/json' },
    })
  }
  return out
}

/** Ids that cannot name a document, in every kind of route that takes one. */
function idCorpus(world: World, company: string): BadRequest[] {
  const ids = [
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    '😀',
    '..%2F..%2Fetc%2Fpasswd',
    "1' OR '1'='1",
    '%00',
  ]
  const routes: Array<[BadRequest['method'], (id: string) => string, unknown?]> = [
    ['GET', (id) => `/projects/${id}`],
    ['PATCH', (id) => `/scenes/${id}`, { sceneTitle: 'x' }],
    ['DELETE', (id) => `/timeline-clips/${id}`],
    ['GET', (id) => `/projects/${id}/status`],
    ['GET', (id) => `/cars/${id}`],
    ['GET', (id) => `/videos/${id}`],
    ['GET', (id) => `/companies/${id}/users`],
    ['DELETE', (id) => `/companies/${company}/assets/${id}`],
    ['GET', (id) => `/uploaded-images/file/${id}`],
    ['GET', (id) => `/scenes/versions/${id}`],
  ]
  const out: BadRequest[] = []
  for (const id of ids)
    for (const [method, path, json] of routes)
      out.push({ kind: 'invalid UUIDs', method, path: path(id), json })
  out.push({
    kind: 'invalid UUIDs',
    method: 'POST',
    path: '/generate-image',
    json: { sceneId: 'not-a-uuid' },
  })
  out.push({
    kind: 'invalid UUIDs',
    method: 'POST',
    path: '/stitch-videos',
    json: { projectId: world.scenes!.toUpperCase().replace(/-/g, '') },
  })
  return out
}

/** Durations and numbers no clip can have (1e309 is Infinity once parsed). */
function numberCorpus(world: World): BadRequest[] {
  const out: BadRequest[] = []
  const raw = (method: BadRequest['method'], path: string, text: string): BadRequest => ({
    kind: 'bad durations',
    method,
    path,
    raw: text,
    headers: { 'content-type': 'application/json' },
  })
  for (const value of ['-1', '0', '1e309', '-1e309', '1e12', 'NaN', 'Infinity', '"5 seconds"']) {
    out.push(raw('PATCH', `/scenes/${world.scenes}`, `{"suggestedDuration": ${value}}`))
    out.push(
      raw(
        'POST',
        '/timeline-clips',
        `{"project": "${world.projects}", "order": 0, "startTime": 0, "duration": ${value}}`,
      ),
    )
    out.push(raw('PATCH', `/scenes/${world.scenes}`, `{"duration": ${value}}`))
    out.push(
      raw('POST', '/projects', `{"name": "Film", "prompt": "x", "targetDuration": ${value}}`),
    )
  }
  return out
}

/** Abusive list queries (paging, depth, sorting, operators, nesting). */
function queryCorpus(): BadRequest[] {
  const deep = (n: number): string =>
    Array.from({ length: n }, () => `[and][0]`).join('') + '[id][equals]=x'
  // Payload reads paging, depth and sort leniently (a word or a negative falls back to the
  // default, an unknown sort field is ignored): harmless reads, so not in the corpus.
  const queries = [
    'page=-5',
    'where[id][in]=not-a-uuid',
    'where[id][near]=1,2',
    'where[id][within][type]=Polygon',
    'where[id][equals][$ne]=1',
    `where${deep(60)}`,
    'where[id][like]=%00',
  ]
  return ['projects', 'scenes', 'car-models'].flatMap((slug) =>
    queries.map((query) => ({
      kind: 'abusive queries',
      method: 'GET' as const,
      path: `/${slug}?${query}`,
    })),
  )
}

/** Non-JSON bodies on Payload's routes and GraphQL. */
function bodyCorpus(world: World): BadRequest[] {
  const bodies: Array<[string, string]> = [
    ['{"name": ', 'application/json'],
    ['name=Film&prompt=x', 'application/x-www-form-urlencoded'],
    ['just text', 'text/plain'],
    ['null', 'application/json'],
    ['"a string"', 'application/json'],
    ['[1,2,3]', 'application/json'],
  ]
  const out: BadRequest[] = []
  for (const [raw, type] of bodies) {
    out.push({
      kind: 'malformed bodies',
      method: 'POST',
      path: '/projects',
      raw,
      headers: { 'content-type': type },
    })
    out.push({
      kind: 'malformed bodies',
      method: 'PATCH',
      path: `/timeline-clips/${world['timeline-clips']}`,
      raw,
      headers: { 'content-type': type },
    })
    out.push({
      kind: 'malformed GraphQL',
      method: 'POST',
      path: '/graphql',
      raw,
      headers: { 'content-type': type },
      graphql: true,
    })
  }
  const nested = (n: number): string =>
    n === 0 ? 'id' : `company { users { docs { company { ${nested(n - 1)} } } } }`
  for (const query of [
    '{ Projects { docs { nope } } }',
    `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: Projects(limit: 100) { docs { id } }`).join(' ')} }`,
    `{ Projects { docs { ${nested(40)} } } }`,
    'mutation { createProject(data: { name: 1, prompt: [], targetDuration: "x" }) { id } }',
    'query($id: String!) { Project(id: $id) { id } }',
  ]) {
    out.push({
      kind: 'malformed GraphQL',
      method: 'POST',
      path: '/graphql',
      raw: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json' },
      graphql: true,
    })
  }
  return out
}

let bomb: Buffer | undefined
const zipBomb = () => (bomb ??= buildZipBomb())
const buildZipBomb = () => {
  // One entry of 64 MB of zeros, deflated to ~64 KB: a 1000:1 archive.
  const data = deflateRawSync(Buffer.alloc(64 * MB))
  const name = Buffer.from('model.glb')
  const words = (size: number, fields: Array<[offset: number, bytes: 2 | 4, value: number]>) => {
    const buffer = Buffer.alloc(size)
    for (const [offset, bytes, value] of fields)
      if (bytes === 2) buffer.writeUInt16LE(value, offset)
      else buffer.writeUInt32LE(value, offset)
    return buffer
  }
  // Local header, central directory entry and end record of one deflated entry.
  const local = words(30, [
    [0, 4, 0x04034b50],
    [4, 2, 20],
    [8, 2, 8],
    [18, 4, data.length],
    [22, 4, 64 * MB],
    [26, 2, name.length],
  ])
  const central = words(46, [
    [0, 4, 0x02014b50],
    [4, 2, 20],
    [6, 2, 20],
    [10, 2, 8],
    [20, 4, data.length],
    [24, 4, 64 * MB],
    [28, 2, name.length],
  ])
  const centralStart = local.length + name.length + data.length
  const end = words(22, [
    [0, 4, 0x06054b50],
    [8, 2, 1],
    [10, 2, 1],
    [12, 4, central.length + name.length],
    [16, 4, centralStart],
  ])
  return Buffer.concat([local, name, data, central, name, end])
}

/** A small PDF with thousands of (empty) pages: an extraction job busy for hours. */
async function pageBombPdf() {
  const { PDFDocument } = await import('pdf-lib')
  const doc = await PDFDocument.create()
  for (let page = 0; page < 2500; page++) doc.addPage([50, 50])
  return Buffer.from(await doc.save())
}

/** Files that are not what they say, or not files at all, on every upload route. */
async function fileCorpus(world: World, company: string): Promise<BadRequest[]> {
  const png = await pngBytes('#808080', 16)
  const exe = Buffer.concat([
    Buffer.from('MZ'),
    Buffer.alloc(62),
    Buffer.from('PE\u0000\u0000'),
    Buffer.alloc(400),
  ])
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/api/users")</script></svg>',
  )
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  )
  const files: Array<[string, Buffer, string, string]> = [
    ['ELF or EXE disguised as images', elfBytes(), 'photo.png', 'image/png'],
    ['ELF or EXE disguised as images', exe, 'photo.jpg', 'image/jpeg'],
    ['SVG with script', svg, 'logo.svg', 'image/svg+xml'],
    ['SVG with script', svg, 'logo.png', 'image/png'],
    ['MIME/extension mismatches', pdf, 'picture.png', 'image/png'],
    ['MIME/extension mismatches', glbBytes(), 'picture.jpg', 'image/jpeg'],
    ['empty files', Buffer.alloc(0), 'empty.png', 'image/png'],
    ['path-traversal filenames', png, '../../../../etc/passwd.png', 'image/png'],
    ['path-traversal filenames', png, '..\\..\\windows\\win.ini.png', 'image/png'],
    ['zip bombs', zipBomb(), 'bomb.zip', 'application/zip'],
  ]
  const routes: Array<(file: () => Promise<FormData>) => BadRequest> = [
    (form) => ({ kind: '', method: 'POST', path: `/projects/${world.projects}/uploads`, form }),
    (form) => ({ kind: '', method: 'POST', path: `/companies/${company}/assets`, form }),
    (form) => ({
      kind: '',
      method: 'POST',
      path: `/cars/variants/${world['car-variants']}/media`,
      form,
    }),
    (form) => ({
      kind: '',
      method: 'POST',
      path: `/equipment/${world['training-equipment']}/files`,
      form,
    }),
    (form) => ({ kind: '', method: 'POST', path: '/uploaded-images', form }),
  ]
  const fields = [
    {},
    { type: 'LOGO' },
    { type: 'EXTERIOR' },
    {},
    { _payload: JSON.stringify({ project: world.projects }) },
  ]
  const out: BadRequest[] = []
  for (const [kind, bytes, name, type] of files) {
    routes.forEach((route, i) => {
      const form = async () => {
        const data = new FormData()
        for (const [key, value] of Object.entries(fields[i]!)) data.append(key, value)
        data.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
        return data
      }
      out.push({ ...route(form), kind })
    })
  }
  // A bomb where archives are welcome (3D models), and a page-tree bomb where PDFs are.
  const upload =
    (
      path: string,
      bytes: Buffer,
      name: string,
      extra: Record<string, string>,
    ): BadRequest['form'] =>
    async () => {
      const data = new FormData()
      for (const [key, value] of Object.entries(extra)) data.append(key, value)
      data.append('file', new Blob([new Uint8Array(bytes)]), name)
      return data
    }
  out.push({
    kind: 'zip bombs',
    method: 'POST',
    path: `/cars/variants/${world['car-variants']}/media`,
    form: upload('', zipBomb(), 'model.zip', { type: '3D_MODEL' }),
  })
  out.push({
    kind: 'zip bombs',
    method: 'POST',
    path: `/equipment/${world['training-equipment']}/files`,
    form: upload('', zipBomb(), 'model.zip', { file_type: '3d_model' }),
  })
  out.push({
    kind: 'PDF bombs',
    method: 'POST',
    path: `/equipment/${world['training-equipment']}/files`,
    form: upload('', await pageBombPdf(), 'manual.pdf', { file_type: 'manual' }),
  })
  out.push({
    kind: 'files over the limit',
    method: 'POST',
    path: `/projects/${world.projects}/uploads`,
    form: upload('', Buffer.concat([png, Buffer.alloc(21 * MB)]), 'big.png', {}),
  })
  // Multipart bodies cut short, and a declared length far above any limit.
  const boundary = '----security'
  const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${png.subarray(0, 40).toString('latin1')}`
  for (const path of [
    `/projects/${world.projects}/uploads`,
    `/equipment/${world['training-equipment']}/files`,
    '/uploaded-images',
    `/companies/${company}/assets`,
  ]) {
    out.push({
      kind: 'truncated multipart bodies',
      method: 'POST',
      path,
      raw: truncated,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    })
    out.push({
      kind: 'declared Content-Length over the limit',
      method: 'POST',
      path,
      raw: truncated,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(50 * 1024 * MB),
      },
    })
  }
  return out
}

export async function badInputCorpus(world: World, company: string): Promise<BadRequest[]> {
  return [
    ...fieldCorpus(world, company),
    ...endpointCorpus(world, company),
    ...idCorpus(world, company),
    ...numberCorpus(world),
    ...queryCorpus(),
    ...bodyCorpus(world),
    ...(await fileCorpus(world, company)),
  ]
}
