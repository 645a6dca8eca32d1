import type { Payload } from 'payload'
import sharp from 'sharp'

/** A logo drawn with sharp from SVG: the demo needs no binary files in the repository. */
const logoSvg = (name: string, primary: string, accent: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="256">
  <rect width="512" height="256" rx="32" fill="${primary}"/>
  <circle cx="110" cy="128" r="70" fill="${accent}"/>
  <text x="200" y="150" font-family="sans-serif" font-size="56" font-weight="700" fill="#ffffff">${name}</text>
</svg>`

const badgeSvg = (label: string, accent: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
  <circle cx="128" cy="128" r="120" fill="#111111" stroke="${accent}" stroke-width="12"/>
  <text x="128" y="150" text-anchor="middle" font-family="sans-serif" font-size="72" font-weight="700" fill="${accent}">${label}</text>
</svg>`

export async function seedBrandAssets(payload: Payload, companyId: string, name: string) {
  const colors = { primary: '#0B1F3A', accent: '#E63946', neutral: '#F1FAEE' }
  await payload.create({ collection: 'company-assets', data: { company: companyId, type: 'COLOR_SCHEME', value: colors } })
  const files = [
    { type: 'LOGO' as const, name: 'apex-logo.png', svg: logoSvg(name.split(' ')[0], colors.primary, colors.accent) },
    { type: 'BADGE' as const, name: 'gt-badge.png', svg: badgeSvg('GT', colors.accent) },
  ]
  for (const file of files) {
    const data = await sharp(Buffer.from(file.svg)).png().toBuffer()
    await payload.create({
      collection: 'company-assets',
      data: { company: companyId, type: file.type },
      file: { data, mimetype: 'image/png', name: file.name, size: data.length },
    })
  }
}
