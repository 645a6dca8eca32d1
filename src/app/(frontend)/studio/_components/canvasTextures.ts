import * as THREE from 'three'

/** Textures drawn on a 2D canvas at start-up: nothing is downloaded, everything is made here. */

function canvasTexture(
  size: number,
  draw: (context: CanvasRenderingContext2D, size: number) => void,
  height = size,
) {
  const canvas = document.createElement('canvas')
  canvas.width = size
  canvas.height = height
  const context = canvas.getContext('2d')
  if (context) draw(context, size)
  const texture = new THREE.CanvasTexture(canvas)
  texture.colorSpace = THREE.SRGBColorSpace
  return texture
}

/** The pool of light on the stage floor, fading into the backdrop colour. */
export const floorTexture = (center: string, edge: string) =>
  canvasTexture(512, (context, size) => {
    const gradient = context.createRadialGradient(
      size / 2,
      size / 2,
      0,
      size / 2,
      size / 2,
      size / 2,
    )
    gradient.addColorStop(0, center)
    gradient.addColorStop(0.55, edge)
    gradient.addColorStop(1, edge)
    context.fillStyle = gradient
    context.fillRect(0, 0, size, size)
  })

/** A soft contact shadow under the oven (alpha only). */
export const blobShadowTexture = () =>
  canvasTexture(256, (context, size) => {
    const gradient = context.createRadialGradient(
      size / 2,
      size / 2,
      size * 0.1,
      size / 2,
      size / 2,
      size / 2,
    )
    gradient.addColorStop(0, 'rgba(0,0,0,0.75)')
    gradient.addColorStop(1, 'rgba(0,0,0,0)')
    context.fillStyle = gradient
    context.fillRect(0, 0, size, size)
  })

/** A puff of steam for the sprites above the exhaust. */
export const steamTexture = () =>
  canvasTexture(128, (context, size) => {
    const gradient = context.createRadialGradient(
      size / 2,
      size / 2,
      0,
      size / 2,
      size / 2,
      size / 2,
    )
    gradient.addColorStop(0, 'rgba(255,255,255,0.55)')
    gradient.addColorStop(0.5, 'rgba(235,240,248,0.2)')
    gradient.addColorStop(1, 'rgba(235,240,248,0)')
    context.fillStyle = gradient
    context.fillRect(0, 0, size, size)
  })

/** The control panel's display: a mode, a temperature and a timer, as an oven shows them. */
export const displayTexture = () =>
  canvasTexture(
    256,
    (context) => {
      context.fillStyle = '#050a14'
      context.fillRect(0, 0, 256, 192)
      context.fillStyle = '#38bdf8'
      context.font = '600 22px system-ui, sans-serif'
      context.fillText('STEAM', 20, 38)
      context.fillStyle = '#e0f2fe'
      context.font = '700 76px system-ui, sans-serif'
      context.fillText('100°', 20, 120)
      context.fillStyle = '#7dd3fc'
      context.font = '500 26px system-ui, sans-serif'
      context.fillText('◷ 02:00', 22, 166)
      context.strokeStyle = '#0ea5e9'
      context.lineWidth = 4
      context.strokeRect(6, 6, 244, 180)
    },
    192,
  )

/** Fine vertical streaks: brushed stainless steel seen under studio light. */
export const brushedTexture = () => {
  const texture = canvasTexture(256, (context, size) => {
    context.fillStyle = '#808080'
    context.fillRect(0, 0, size, size)
    for (let line = 0; line < 900; line++) {
      const shade = 110 + Math.floor(Math.random() * 60)
      context.fillStyle = `rgba(${shade},${shade},${shade},0.35)`
      context.fillRect(Math.random() * size, 0, 1, size)
    }
  })
  texture.colorSpace = THREE.NoColorSpace
  texture.wrapS = texture.wrapT = THREE.RepeatWrapping
  return texture
}
