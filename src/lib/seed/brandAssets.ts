import type { Payload } from 'payload'
import sharp from 'sharp'

import { ensureDoc, whereAll } from './ensure'

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

/** The studio's colour scheme, logo and badge: each made if it is missing. Returns how many were made. */
export async function seedBrandAssets(
  payload: Payload,
  companyId: string,
  name: string,
): Promise<number> {
  const colors = { primary: '#0B1F3A', accent: '#E63946', neutral: '#F1FAEE' }
  const assets = [
    { type: 'COLOR_SCHEME' as const },
    {
      type: 'LOGO' as const,
      name: 'apex-logo.png',
      svg: logoSvg(name.split(' ')[0]!, colors.primary, colors.accent),
    },
    { type: 'BADGE' as const, name: 'gt-badge.png', svg: badgeSvg('GT', colors.accent) },
  ]
  let made = 0
  for (const asset of assets) {
    const { created } = await ensureDoc(
      payload,
      'company-assets',
      whereAll({ company: companyId, type: asset.type }),
      async () =>
        asset.svg
          ? {
              data: { company: companyId, type: asset.type },
              file: {
                data: await sharp(Buffer.from(asset.svg)).png().toBuffer(),
                mimetype: 'image/png',
                name: asset.name,
              },
            }
          : { data: { company: companyId, type: asset.type, value: colors } },
    )
    if (created) made++
  }
  return made
}
