import sharp from 'sharp'

import type { ClipFormat } from '../../../src/lib/media/format'
import { escapeXml, wrapText } from '../../../src/lib/media/svgText'

/** The visual of a step without a screenshot or equipment photo: its number and its text. */
export async function renderStepCard(options: {
  step: number
  total: number
  title: string
  text: string
  format: ClipFormat
}): Promise<Buffer> {
  const { width, height } = options.format
  const heading = Math.round(height / 12)
  const body = Math.round(height / 20)
  const lines = wrapText(options.text, Math.round((width * 0.86) / (body * 0.55)), 7)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#12263a"/>
    <rect x="0" y="0" width="${width * 0.015}" height="100%" fill="#f4a261"/>
    <text x="${width * 0.07}" y="${height * 0.16}" font-family="sans-serif" font-size="${body}" fill="#f4a261">${escapeXml(options.title)}</text>
    <text x="${width * 0.07}" y="${height * 0.16 + heading * 1.3}" font-family="sans-serif" font-weight="bold" font-size="${heading}" fill="#ffffff">Step ${options.step} of ${options.total}</text>
    ${lines.map((line, i) => `<text x="${width * 0.07}" y="${height * 0.45 + i * body * 1.35}" font-family="sans-serif" font-size="${body}" fill="#e9f1f7">${escapeXml(line)}</text>`).join('')}
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
