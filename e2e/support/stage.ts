import type { Locator } from '@playwright/test'
import sharp from 'sharp'

/** The Studio's empty backdrop colour. */
const backdrop = [10, 13, 20]

/** A 3D stage's canvas as pixels: how much of it is drawn (not the backdrop), and the raw RGB. */
export async function stagePixels(stage: Locator) {
  const { data, info } = await sharp(await stage.locator('canvas').screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  let drawn = 0
  for (let offset = 0; offset < data.length; offset += 3) {
    const distance = Math.max(
      ...backdrop.map((value, channel) => Math.abs(data[offset + channel] - value)),
    )
    if (distance > 40) drawn++
  }
  return { drawnShare: drawn / (info.width * info.height), data }
}

/** The share of pixels that differ clearly between two pictures of the same size. */
export const changedShare = (a: Buffer, b: Buffer) => {
  let changed = 0
  for (let offset = 0; offset < Math.min(a.length, b.length); offset += 3) {
    if (
      Math.abs(a[offset] - b[offset]) +
        Math.abs(a[offset + 1] - b[offset + 1]) +
        Math.abs(a[offset + 2] - b[offset + 2]) >
      30
    )
      changed++
  }
  return changed / (a.length / 3)
}
