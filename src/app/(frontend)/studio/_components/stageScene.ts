import * as THREE from 'three'

import { blobShadowTexture, floorTexture } from './canvasTextures'
import type { StageFrame } from './choreography'
import { buildOven, type StageRig } from './ovenModel'

const backdrop = '#0a0d14'
const highlightColor = new THREE.Color('#fbbf24')

export type StageScene = {
  canvas: HTMLCanvasElement
  resize(width: number, height: number): void
  /** Draws one picture of the frame; returns where the highlighted part is on screen (0…1), if anywhere. */
  draw(frame: StageFrame): { x: number; y: number } | null
  dispose(): void
}

/**
 * The three.js side of the stage: renderer, lights, floor and the model (the sample oven unless
 * another rig is given). Lights only, no environment map: a prefiltered environment costs a
 * software renderer (CI, VMs) tens of seconds of shader work before the first picture, while
 * three lights read as well on brushed steel.
 */
export function createStageScene(rig: StageRig = buildOven()): StageScene {
  const renderer = new THREE.WebGLRenderer({ antialias: true })
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))
  renderer.toneMapping = THREE.ACESFilmicToneMapping
  renderer.toneMappingExposure = 1.05
  renderer.outputColorSpace = THREE.SRGBColorSpace

  const scene = new THREE.Scene()
  scene.background = new THREE.Color(backdrop)
  scene.fog = new THREE.Fog(backdrop, 5, 11)

  // A photographer's three lights plus sky/floor bounce stand in for reflections.
  scene.add(new THREE.HemisphereLight('#e2e8f0', '#1e293b', 1.0))
  const key = new THREE.DirectionalLight('#fff4e5', 2.6)
  key.position.set(2.5, 3.5, 3)
  const fill = new THREE.DirectionalLight('#e2e8f0', 0.9)
  fill.position.set(-3, 1.2, 2.5)
  const rim = new THREE.DirectionalLight('#dbeafe', 1.7)
  rim.position.set(-2, 2.5, -3)
  scene.add(key, fill, rim)

  const floor = new THREE.Mesh(
    new THREE.CircleGeometry(6, 64),
    new THREE.MeshBasicMaterial({ map: floorTexture('#1f2636', backdrop), toneMapped: false }),
  )
  floor.rotation.x = -Math.PI / 2
  const grid = new THREE.GridHelper(6, 30, '#334155', '#1e293b')
  const gridMaterial = grid.material as THREE.Material
  gridMaterial.transparent = true
  gridMaterial.opacity = 0.35
  grid.position.y = 0.001
  const shadow = new THREE.Mesh(
    new THREE.PlaneGeometry(1.6, 1.5),
    new THREE.MeshBasicMaterial({ map: blobShadowTexture(), transparent: true, depthWrite: false }),
  )
  shadow.rotation.x = -Math.PI / 2
  shadow.position.y = 0.002
  scene.add(floor, grid, shadow)

  scene.add(rig.root)

  const camera = new THREE.PerspectiveCamera(30, 16 / 9, 0.05, 40)
  const projected = new THREE.Vector3()

  return {
    canvas: renderer.domElement,
    resize(width, height) {
      renderer.setSize(width, height, false)
      camera.aspect = width / height
      camera.updateProjectionMatrix()
    },
    draw(frame) {
      camera.position.set(...frame.camera.position)
      camera.lookAt(...frame.camera.target)
      rig.apply(frame.pose, frame.time)
      for (const [part, meshes] of Object.entries(rig.parts)) {
        const strength = part === frame.highlight ? 0.3 : 0
        for (const mesh of meshes) {
          const material = mesh.material as THREE.MeshStandardMaterial
          // Glass stays glass: a lit pane would hide what is behind it.
          material.emissive.copy(highlightColor).multiplyScalar(material.transparent ? 0 : strength)
        }
      }
      renderer.render(scene, camera)

      if (!frame.highlight) return null
      rig.anchors[frame.highlight].getWorldPosition(projected).project(camera)
      if (projected.z > 1 || Math.abs(projected.x) > 1.1 || Math.abs(projected.y) > 1.1) return null
      return { x: (projected.x + 1) / 2, y: (1 - projected.y) / 2 }
    },
    dispose() {
      scene.traverse((object) => {
        if (!(
          object instanceof THREE.Mesh ||
          object instanceof THREE.Sprite ||
          object instanceof THREE.LineSegments
        ))
          return
        object.geometry.dispose()
        for (const material of Array.isArray(object.material)
          ? object.material
          : [object.material]) {
          for (const value of Object.values(material))
            if (value instanceof THREE.Texture) value.dispose()
          material.dispose()
        }
      })
      renderer.dispose()
      renderer.domElement.remove()
    },
  }
}
