import type { Payload } from 'payload'
import sharp from 'sharp'

import { synthSound } from '../../src/lib/media/synthSound'

const carSvg = (body: string, sky: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540">
  <rect width="960" height="540" fill="${sky}"/>
  <rect y="400" width="960" height="140" fill="#2b2d42"/>
  <path d="M180 380 Q220 280 360 270 L600 270 Q700 280 780 380 Z" fill="${body}"/>
  <rect x="150" y="360" width="660" height="60" rx="24" fill="${body}"/>
  <circle cx="300" cy="420" r="48" fill="#111"/><circle cx="660" cy="420" r="48" fill="#111"/>
</svg>`

const png = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer()

/** One demo model with two variants and real media files made at seed time. */
export async function seedCarCatalog(payload: Payload, { studioId }: { studioId: string }) {
  const model = await payload.create({ collection: 'car-models', data: { company: studioId, name: 'Apex Meridian' } })
  const variants = [
    { year: 2025, trim: 'Base', body: '#457b9d' },
    { year: 2026, trim: 'GT', body: '#e63946' },
  ]
  for (const variant of variants) {
    const doc = await payload.create({
      collection: 'car-variants',
      data: { company: studioId, model: model.id, year: variant.year, trim: variant.trim },
    })
    const files = [
      { type: 'EXTERIOR' as const, name: `meridian-${variant.trim}-exterior.png`, data: await png(carSvg(variant.body, '#a8dadc')), mimetype: 'image/png' },
      { type: 'INTERIOR' as const, name: `meridian-${variant.trim}-interior.png`, data: await png(carSvg('#1d3557', '#f1faee')), mimetype: 'image/png' },
      { type: 'SOUND' as const, name: `meridian-${variant.trim}-engine.wav`, data: await synthSound({ seconds: 3, frequency: variant.trim === 'GT' ? 140 : 90 }), mimetype: 'audio/wav' },
    ]
    for (const file of files) {
      await payload.create({
        collection: 'car-media',
        data: { company: studioId, variant: doc.id, type: file.type },
        file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.data.length },
      })
    }
  }
}
