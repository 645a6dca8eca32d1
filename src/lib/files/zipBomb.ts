import fs from 'node:fs'

import type { IncomingFile } from './sniff'

/** Unpacked, a stored archive (a zipped 3D model) may not exceed this, nor this ratio to its size. */
export const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
export const MAX_PACKING_RATIO = 100
const MAX_ENTRIES = 10_000

async function tail(file: IncomingFile, bytes: number): Promise<{ buffer: Buffer; size: number }> {
  if (file.tempFilePath) {
    const handle = await fs.promises.open(file.tempFilePath, 'r')
    try {
      const { size } = await handle.stat()
      const length = Math.min(bytes, size)
      const buffer = Buffer.alloc(length)
      await handle.read(buffer, 0, length, size - length)
      return { buffer, size }
    } finally {
      await handle.close()
    }
  }
  const data = file.data ?? Buffer.alloc(0)
  return { buffer: data.subarray(Math.max(0, data.length - bytes)), size: data.length }
}

/**
 * Why a zip archive would be a bomb, from what its central directory declares (nothing is
 * inflated): more unpacked bytes, or a higher packing ratio, or more entries than any real 3D
 * model; or a directory that cannot be read. Undefined when it looks like an ordinary archive.
 */
export async function zipBombReason(file: IncomingFile): Promise<string | undefined> {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  const { buffer, size } = await tail(file, 65_557)
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > buffer.length) return 'its directory cannot be read'
  const entries = buffer.readUInt16LE(end + 10)
  const directorySize = buffer.readUInt32LE(end + 12)
  const directoryStart = buffer.length - (size - buffer.readUInt32LE(end + 16))
  if (entries === 0xffff || directorySize === 0xffffffff)
    return 'it uses ZIP64 sizes, which no 3D model needs'
  if (entries > MAX_ENTRIES) return `it holds more than ${MAX_ENTRIES} files`
  if (directoryStart < 0 || directoryStart + directorySize > buffer.length)
    return 'its directory cannot be read'
  let unpacked = 0
  for (let at = directoryStart, i = 0; i < entries; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) return 'its directory cannot be read'
    const declared = buffer.readUInt32LE(at + 24)
    if (declared === 0xffffffff) return 'it uses ZIP64 sizes, which no 3D model needs'
    unpacked += declared
    at +=
      46 +
      buffer.readUInt16LE(at + 28) +
      buffer.readUInt16LE(at + 30) +
      buffer.readUInt16LE(at + 32)
  }
  if (unpacked > MAX_UNPACKED_BYTES) return `it unpacks to more than ${MAX_UNPACKED_BYTES} bytes`
  if (unpacked > size * MAX_PACKING_RATIO)
    return `it unpacks to ${Math.round(unpacked / size)} times its size`
  return undefined
}
