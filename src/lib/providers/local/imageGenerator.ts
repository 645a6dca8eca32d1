import sharp from 'sharp'

import { escapeXml, wrapText } from '../../media/svgText'
import type { GeneratedFile, ImageGenerator, ImageRequest } from '../types'

/**
 * The offline image model: a title card drawn by sharp in the brand's colours, with the
 * featured car's first reference image (or the logo) composited in.
 */
export const localImageGenerator: ImageGenerator = {
  name: 'local',
  async generateImage(request: ImageRequest): Promise<GeneratedFile> {
    const { width, height } = request
    // Named colours where the scheme names them (stored JSON keeps no key order), else any.
    const colors = request.brand?.colors ?? {}
    const values = Object.values(colors)
    const background = colors.primary ?? values[0] ?? '#0b1f3a'
    const accent = colors.accent ?? colors.secondary ?? values[1] ?? '#e63946'
    const text = colors.neutral ?? colors.text ?? '#f1faee'
    const fontSize = Math.round(height / 18)
    const lines = wrapText(request.prompt, Math.round(width / (fontSize * 0.6)), 3)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background}"/><stop offset="1" stop-color="${accent}"/></linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#g)"/>
      ${lines.map((l, i) => `<text x="${width * 0.06}" y="${height * 0.78 + i * fontSize * 1.3}" font-family="sans-serif" font-size="${fontSize}" fill="${text}">${escapeXml(l)}</text>`).join('')}
    </svg>`
    const layers: sharp.OverlayOptions[] = []
    const picture = request.referenceImages?.[0] ?? request.brand?.logo
    if (picture) {
      const inset = await sharp(picture)
        .resize(Math.round(width * 0.6), Math.round(height * 0.55), { fit: 'inside' })
        .png()
        .toBuffer()
      layers.push({ input: inset, top: Math.round(height * 0.1), left: Math.round(width * 0.2) })
    }
    const data = await sharp(Buffer.from(svg)).composite(layers).png().toBuffer()
    return { data, mimeType: 'image/png', ext: 'png' }
  },
}
