import type { Payload } from 'payload'
import sharp from 'sharp'

import { synthSound } from '../../src/lib/media/synthSound'
import type { DemoSeed } from '../../src/lib/seed/registry'
import { ensureDoc, whereAll } from '../../src/lib/seed/ensure'

const carSvg = (body: string, sky: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540">
  <rect width="960" height="540" fill="${sky}"/>
  <rect y="400" width="960" height="140" fill="#2b2d42"/>
  <path d="M180 380 Q220 280 360 270 L600 270 Q700 280 780 380 Z" fill="${body}"/>
  <rect x="150" y="360" width="660" height="60" rx="24" fill="${body}"/>
  <circle cx="300" cy="420" r="48" fill="#111"/><circle cx="660" cy="420" r="48" fill="#111"/>
</svg>`

const png = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer()

const VARIANTS = [
  { year: 2025, trim: 'Base', body: '#457b9d' },
  { year: 2026, trim: 'GT', body: '#e63946' },
]

/** The media of one variant, made on demand (only what is missing is rendered). */
const mediaOf = (variant: (typeof VARIANTS)[number]) => [
  {
    type: 'EXTERIOR' as const,
    name: `meridian-${variant.trim}-exterior.png`,
    mimetype: 'image/png',
    data: () => png(carSvg(variant.body, '#a8dadc')),
  },
  {
    type: 'INTERIOR' as const,
    name: `meridian-${variant.trim}-interior.png`,
    mimetype: 'image/png',
    data: () => png(carSvg('#1d3557', '#f1faee')),
  },
  {
    type: 'SOUND' as const,
    name: `meridian-${variant.trim}-engine.wav`,
    mimetype: 'audio/wav',
    data: () => synthSound({ seconds: 3, frequency: variant.trim === 'GT' ? 140 : 90 }),
  },
]

/** One demo model with two variants and real media files made at seed time. */
async function seedCarCatalog(
  payload: Payload,
  { studioId }: { studioId: string },
): Promise<string> {
  let made = 0
  const count = <T extends { created: boolean }>(result: T) => {
    if (result.created) made++
    return result
  }
  const model = count(
    await ensureDoc(
      payload,
      'car-models',
      whereAll({ company: studioId, name: 'Apex Meridian' }),
      () => ({ data: { company: studioId, name: 'Apex Meridian' } }),
    ),
  )
  for (const variant of VARIANTS) {
    const fields = { company: studioId, model: model.id, year: variant.year, trim: variant.trim }
    const doc = count(
      await ensureDoc(payload, 'car-variants', whereAll(fields), () => ({ data: fields })),
    )
    for (const media of mediaOf(variant)) {
      count(
        await ensureDoc(
          payload,
          'car-media',
          whereAll({ variant: doc.id, type: media.type }),
          async () => ({
            data: { company: studioId, variant: doc.id, type: media.type },
            file: { data: await media.data(), mimetype: media.mimetype, name: media.name },
          }),
        ),
      )
    }
  }
  return made ? `${made} made` : 'complete'
}

export const carCatalogDemo: DemoSeed = { part: 'car catalogue with media', run: seedCarCatalog }
