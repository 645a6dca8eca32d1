import * as THREE from 'three'

import type { PartName } from './choreography'
import type { StageRig } from './ovenModel'

const partNames: PartName[] = [
  'door',
  'hinges',
  'gasket',
  'controlPanel',
  'racks',
  'fan',
  'cabinet',
]

/** The sample oven's size: the Studio's camera shots frame a model of about this size. */
const stageSize = 0.9

/**
 * An uploaded glTF model (`.glb`, or `.gltf` with embedded buffers) as a stage rig: scaled to the
 * sample oven's size and stood on the floor where the oven stands, so the same shots frame it.
 * The Studio knows none of its parts: nothing lights up or moves on it but the camera.
 */
export async function loadModelRig(url: string): Promise<StageRig> {
  const { GLTFLoader } = await import('three/examples/jsm/loaders/GLTFLoader.js')
  const model = (await new GLTFLoader().loadAsync(url)).scene
  const box = new THREE.Box3().setFromObject(model)
  if (box.isEmpty()) throw new Error('the file holds no visible geometry')
  const size = box.getSize(new THREE.Vector3())
  const scale = stageSize / Math.max(size.x, size.y, size.z)
  const center = box.getCenter(new THREE.Vector3())
  model.scale.setScalar(scale)
  model.position.set(-center.x * scale, -box.min.y * scale, -center.z * scale)

  const root = new THREE.Group()
  root.name = 'uploaded-model'
  root.add(model)
  const middle = new THREE.Object3D()
  middle.position.set(0, (size.y * scale) / 2, 0)
  root.add(middle)
  return {
    root,
    parts: Object.fromEntries(partNames.map((part) => [part, []])) as unknown as StageRig['parts'],
    anchors: Object.fromEntries(
      partNames.map((part) => [part, middle]),
    ) as unknown as StageRig['anchors'],
    apply() {},
  }
}
