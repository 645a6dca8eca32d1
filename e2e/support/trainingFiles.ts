import sharp from 'sharp'

import { renderManualPdf } from '../../plugins/training/services/manualPdf'

/** Three short pages, so scripts (and renders) from it stay quick. */
export const MANUAL_PAGES = [
  'Combi Oven CX-6 service manual. Switch the oven off at the main isolator before any work on the door.',
  'Door seal replacement. Pull the old door seal out of its groove. Press the new seal into the groove, starting at the corners.',
  'Close the door and check that the seal touches the frame all around. Run a 5 minute steam cycle and check for leaks.',
]

export const manualPdf = async () => ({
  name: 'cx6-service-manual.pdf',
  mimeType: 'application/pdf',
  buffer: await renderManualPdf('Combi Oven CX-6 — Service manual', MANUAL_PAGES),
})

export async function photoPng(name = 'cx6-front.png') {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#e2e8f0"/><rect x="220" y="60" width="360" height="380" rx="18" fill="#94a3b8"/><rect x="250" y="100" width="250" height="300" rx="10" fill="#1e293b"/><circle cx="545" cy="140" r="14" fill="#ef4444"/></svg>`
  return { name, mimeType: 'image/png', buffer: await sharp(Buffer.from(svg)).png().toBuffer() }
}

/** A step's screenshot: a control panel with a highlighted button. */
export async function screenshotPng() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#0f172a"/><rect x="60" y="60" width="520" height="240" rx="16" fill="#334155"/><circle cx="200" cy="180" r="50" fill="#f59e0b"/><rect x="320" y="140" width="180" height="80" rx="10" fill="#22c55e"/></svg>`
  return {
    name: 'panel.png',
    mimeType: 'image/png',
    buffer: await sharp(Buffer.from(svg)).png().toBuffer(),
  }
}

type Box = {
  size: [number, number, number]
  at: [number, number, number]
  color: [number, number, number, number]
}

/** A unit cube's 24 vertices (4 per face, with the face's normal) and 36 indices. */
function cube() {
  const faces: Array<{
    normal: [number, number, number]
    corners: Array<[number, number, number]>
  }> = [
    {
      normal: [1, 0, 0],
      corners: [
        [1, -1, -1],
        [1, 1, -1],
        [1, 1, 1],
        [1, -1, 1],
      ],
    },
    {
      normal: [-1, 0, 0],
      corners: [
        [-1, -1, 1],
        [-1, 1, 1],
        [-1, 1, -1],
        [-1, -1, -1],
      ],
    },
    {
      normal: [0, 1, 0],
      corners: [
        [-1, 1, -1],
        [-1, 1, 1],
        [1, 1, 1],
        [1, 1, -1],
      ],
    },
    {
      normal: [0, -1, 0],
      corners: [
        [-1, -1, 1],
        [-1, -1, -1],
        [1, -1, -1],
        [1, -1, 1],
      ],
    },
    {
      normal: [0, 0, 1],
      corners: [
        [-1, -1, 1],
        [1, -1, 1],
        [1, 1, 1],
        [-1, 1, 1],
      ],
    },
    {
      normal: [0, 0, -1],
      corners: [
        [1, -1, -1],
        [-1, -1, -1],
        [-1, 1, -1],
        [1, 1, -1],
      ],
    },
  ]
  const positions = faces.flatMap((f) => f.corners.flatMap((c) => c.map((v) => v / 2)))
  const normals = faces.flatMap((f) => f.corners.flatMap(() => f.normal))
  const indices = faces.flatMap((_, i) => [0, 1, 2, 0, 2, 3].map((k) => i * 4 + k))
  return {
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    indices: new Uint16Array(indices),
  }
}

/**
 * A small binary glTF of a combi oven (cabinet, door, handle) built here, because no model can be
 * downloaded: one cube mesh, placed and scaled per part, each part with its own colour.
 */
export function ovenGlb(name = 'cx6-oven.glb') {
  const { positions, normals, indices } = cube()
  const parts: Box[] = [
    { size: [1, 0.9, 0.8], at: [0, 0.45, 0], color: [0.62, 0.66, 0.7, 1] },
    { size: [0.7, 0.7, 0.04], at: [-0.1, 0.45, 0.42], color: [0.12, 0.16, 0.22, 1] },
    { size: [0.04, 0.5, 0.06], at: [0.3, 0.45, 0.46], color: [0.85, 0.2, 0.2, 1] },
  ]
  const bin = Buffer.concat([
    Buffer.from(positions.buffer),
    Buffer.from(normals.buffer),
    Buffer.from(indices.buffer),
  ])
  const json = {
    asset: { version: '2.0', generator: 'reelsmith e2e' },
    scene: 0,
    scenes: [{ nodes: parts.map((_, i) => i) }],
    nodes: parts.map((part, i) => ({ mesh: i, translation: part.at, scale: part.size })),
    meshes: parts.map((_, i) => ({
      primitives: [{ attributes: { POSITION: 0, NORMAL: 1 }, indices: 2, material: i }],
    })),
    materials: parts.map((part) => ({
      pbrMetallicRoughness: {
        baseColorFactor: part.color,
        metallicFactor: 0.3,
        roughnessFactor: 0.6,
      },
    })),
    buffers: [{ byteLength: bin.length }],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.byteLength, target: 34962 },
      {
        buffer: 0,
        byteOffset: positions.byteLength,
        byteLength: normals.byteLength,
        target: 34962,
      },
      {
        buffer: 0,
        byteOffset: positions.byteLength + normals.byteLength,
        byteLength: indices.byteLength,
        target: 34963,
      },
    ],
    accessors: [
      {
        bufferView: 0,
        componentType: 5126,
        count: 24,
        type: 'VEC3',
        min: [-0.5, -0.5, -0.5],
        max: [0.5, 0.5, 0.5],
      },
      { bufferView: 1, componentType: 5126, count: 24, type: 'VEC3' },
      { bufferView: 2, componentType: 5123, count: 36, type: 'SCALAR' },
    ],
  }
  const pad = (chunk: Buffer, fill: number) =>
    Buffer.concat([chunk, Buffer.alloc((4 - (chunk.length % 4)) % 4, fill)])
  const jsonChunk = pad(Buffer.from(JSON.stringify(json)), 0x20)
  const binChunk = pad(bin, 0)
  const header = (length: number, type: number) => {
    const b = Buffer.alloc(8)
    b.writeUInt32LE(length, 0)
    b.writeUInt32LE(type, 4)
    return b
  }
  const total = 12 + 8 + jsonChunk.length + 8 + binChunk.length
  const glbHeader = Buffer.alloc(12)
  glbHeader.write('glTF', 0, 'ascii')
  glbHeader.writeUInt32LE(2, 4)
  glbHeader.writeUInt32LE(total, 8)
  const buffer = Buffer.concat([
    glbHeader,
    header(jsonChunk.length, 0x4e4f534a),
    jsonChunk,
    header(binChunk.length, 0x004e4942),
    binChunk,
  ])
  return { name, mimeType: 'model/gltf-binary', buffer }
}
