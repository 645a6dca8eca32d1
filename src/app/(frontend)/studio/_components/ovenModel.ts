import * as THREE from 'three'
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js'

import { brushedTexture, displayTexture, steamTexture } from './canvasTextures'
import type { PartName, Pose } from './choreography'

/** What the stage draws: the sample oven (`buildOven`) or an uploaded model (`loadModelRig`). */
export type StageRig = {
  root: THREE.Group
  /** Meshes that light up when their part is the step's subject. */
  parts: Record<PartName, THREE.Mesh[]>
  /** Where a part's label points. */
  anchors: Record<PartName, THREE.Object3D>
  /** Moves every part to the pose; `time` (the playhead) drives what keeps moving: fan, steam. */
  apply(pose: Pose, time: number): void
}

const hingeX = -0.405
const hingeZ = 0.425
const doorWidth = 0.6
const doorBottom = 0.105
const doorHeight = 0.74

function box(width: number, height: number, depth: number, material: THREE.Material, radius = 0) {
  const geometry =
    radius > 0
      ? new RoundedBoxGeometry(width, height, depth, 3, radius)
      : new THREE.BoxGeometry(width, height, depth)
  return new THREE.Mesh(geometry, material)
}

function at<T extends THREE.Object3D>(object: T, x: number, y: number, z: number): T {
  object.position.set(x, y, z)
  return object
}

/** A flat plate with a rectangular hole, extruded towards +z. */
function frame(
  outer: [number, number, number, number],
  hole: [number, number, number, number],
  depth: number,
  material: THREE.Material,
) {
  const [x0, y0, x1, y1] = outer
  const shape = new THREE.Shape()
    .moveTo(x0, y0)
    .lineTo(x1, y0)
    .lineTo(x1, y1)
    .lineTo(x0, y1)
    .closePath()
  const [hx0, hy0, hx1, hy1] = hole
  shape.holes.push(
    new THREE.Path()
      .moveTo(hx0, hy0)
      .lineTo(hx0, hy1)
      .lineTo(hx1, hy1)
      .lineTo(hx1, hy0)
      .closePath(),
  )
  return new THREE.Mesh(new THREE.ExtrudeGeometry(shape, { depth, bevelEnabled: false }), material)
}

/**
 * A combi oven built from primitives (about 0.85 × 0.86 × 0.8 m, front facing +z): cooking
 * cabinet with racks and fan on the left, control panel on the right, a door hinged on the left.
 * Every moving part hangs off its own group so a Pose can move it.
 */
export function buildOven(): StageRig {
  const brushed = brushedTexture()
  const steel = new THREE.MeshStandardMaterial({
    color: '#d9dee5',
    metalness: 0.45,
    roughness: 0.42,
    roughnessMap: brushed,
  })
  const darkSteel = new THREE.MeshStandardMaterial({
    color: '#8a94a3',
    metalness: 0.3,
    roughness: 0.55,
    side: THREE.BackSide,
  })
  const wire = new THREE.MeshStandardMaterial({ color: '#e5e9ef', metalness: 0.5, roughness: 0.3 })
  const blackGlass = new THREE.MeshStandardMaterial({
    color: '#0d1117',
    metalness: 0.3,
    roughness: 0.12,
  })
  const tinted = new THREE.MeshStandardMaterial({
    color: '#1c2636',
    metalness: 0.1,
    roughness: 0.05,
    transparent: true,
    opacity: 0.42,
  })
  const rubber = new THREE.MeshStandardMaterial({ color: '#5c4a3d', roughness: 0.85 })
  const plastic = new THREE.MeshStandardMaterial({ color: '#1f2937', roughness: 0.5 })

  const root = new THREE.Group()
  root.name = 'combi-oven'
  const parts: StageRig['parts'] = {
    door: [],
    hinges: [],
    gasket: [],
    controlPanel: [],
    racks: [],
    fan: [],
    cabinet: [],
  }
  /** Adds a mesh that belongs to a part, with its own material so lighting one part never lights another. */
  const own = (part: PartName, mesh: THREE.Mesh, parent: THREE.Object3D = root) => {
    mesh.material = (mesh.material as THREE.MeshStandardMaterial).clone()
    parts[part].push(mesh)
    parent.add(mesh)
    return mesh
  }

  // Shell: top, sides, bottom, back and the front frame around the cabinet opening.
  root.add(at(box(0.85, 0.03, 0.8, steel, 0.012), 0, 0.845, 0))
  root.add(at(box(0.03, 0.78, 0.8, steel, 0.01), -0.41, 0.47, 0))
  root.add(at(box(0.03, 0.78, 0.8, steel, 0.01), 0.41, 0.47, 0))
  root.add(at(box(0.85, 0.03, 0.8, steel), 0, 0.095, 0))
  root.add(at(box(0.85, 0.78, 0.02, steel), 0, 0.47, -0.39))
  root.add(
    at(frame([-0.425, 0.08, 0.425, 0.86], [-0.39, 0.13, 0.17, 0.81], 0.015, steel), 0, 0, 0.385),
  )
  // Exhaust pipe on top, where the steam leaves.
  root.add(
    at(new THREE.Mesh(new THREE.CylinderGeometry(0.025, 0.025, 0.09, 20), steel), -0.3, 0.9, -0.3),
  )
  for (const [x, z] of [
    [-0.36, -0.33],
    [0.36, -0.33],
    [-0.36, 0.33],
    [0.36, 0.33],
  ]) {
    root.add(
      at(new THREE.Mesh(new THREE.CylinderGeometry(0.022, 0.03, 0.08, 16), steel), x, 0.04, z),
    )
  }

  // Cooking cabinet: a box seen from inside (back faces only) reads as an open cavity from any side.
  own('cabinet', at(box(0.56, 0.68, 0.74, darkSteel), -0.11, 0.47, 0.01))

  // Hanging racks on both cabinet walls, and two shelves; the top shelf slides out.
  for (const x of [-0.37, 0.15]) {
    for (const z of [-0.25, 0.28]) own('racks', at(box(0.012, 0.6, 0.012, wire), x, 0.47, z))
    for (let level = 0; level < 6; level++)
      own('racks', at(box(0.012, 0.01, 0.55, wire), x, 0.22 + level * 0.1, 0.015))
  }
  const shelf = (y: number) => {
    const group = at(new THREE.Group(), -0.11, y, 0.015)
    for (const x of [-0.25, 0.25]) own('racks', at(box(0.012, 0.012, 0.52, wire), x, 0, 0), group)
    for (const z of [-0.25, 0.25]) own('racks', at(box(0.51, 0.012, 0.012, wire), 0, 0, z), group)
    for (let bar = 1; bar < 10; bar++)
      own('racks', at(box(0.006, 0.006, 0.5, wire), -0.25 + bar * 0.05, 0, 0), group)
    root.add(group)
    return group
  }
  shelf(0.32)
  const topShelf = shelf(0.62)

  // Convection fan behind its guard at the back of the cabinet.
  const fan = at(new THREE.Group(), -0.11, 0.47, -0.34)
  for (let blade = 0; blade < 6; blade++) {
    const pivot = new THREE.Group()
    pivot.rotation.z = (blade / 6) * Math.PI * 2
    own('fan', at(box(0.035, 0.13, 0.006, wire), 0, 0.075, 0), pivot).rotation.y = 0.5
    fan.add(pivot)
  }
  own(
    'fan',
    new THREE.Mesh(new THREE.CylinderGeometry(0.03, 0.03, 0.03, 20).rotateX(Math.PI / 2), steel),
    fan,
  )
  root.add(fan)
  root.add(
    at(new THREE.Mesh(new THREE.TorusGeometry(0.17, 0.006, 8, 48), wire), -0.11, 0.47, -0.33),
  )

  // Control panel: black glass, display, dial with its light ring, a row of keys.
  own('controlPanel', at(box(0.2, 0.64, 0.012, blackGlass, 0.005), 0.31, 0.48, 0.398))
  const screenMaterial = new THREE.MeshBasicMaterial({ map: displayTexture(), toneMapped: false })
  const screen = at(
    new THREE.Mesh(new THREE.PlaneGeometry(0.16, 0.12), screenMaterial),
    0.31,
    0.69,
    0.406,
  )
  root.add(screen)
  own(
    'controlPanel',
    at(
      new THREE.Mesh(
        new THREE.CylinderGeometry(0.045, 0.048, 0.03, 40).rotateX(Math.PI / 2),
        steel,
      ),
      0.31,
      0.46,
      0.415,
    ),
  )
  const ringMaterial = new THREE.MeshBasicMaterial({ color: '#38bdf8', toneMapped: false })
  root.add(
    at(
      new THREE.Mesh(new THREE.TorusGeometry(0.056, 0.004, 8, 48), ringMaterial),
      0.31,
      0.46,
      0.406,
    ),
  )
  for (let key = 0; key < 3; key++)
    own('controlPanel', at(box(0.04, 0.025, 0.008, plastic, 0.004), 0.25 + key * 0.06, 0.3, 0.407))

  // Hinges on the body, with the cover screws that come out in step 3.
  const screws: THREE.Mesh[] = []
  for (const y of [0.2, 0.74]) {
    own('hinges', at(box(0.045, 0.09, 0.05, steel, 0.006), hingeX - 0.012, y, hingeZ - 0.02))
    own(
      'hinges',
      at(
        new THREE.Mesh(new THREE.CylinderGeometry(0.008, 0.008, 0.12, 12), wire),
        hingeX,
        y,
        hingeZ,
      ),
    )
    for (const dy of [-0.025, 0.025]) {
      const screw = own(
        'hinges',
        at(
          new THREE.Mesh(
            new THREE.CylinderGeometry(0.008, 0.008, 0.02, 12).rotateZ(Math.PI / 2),
            wire,
          ),
          hingeX - 0.04,
          y + dy,
          hingeZ - 0.02,
        ),
      )
      screw.userData.rest = screw.position.x
      screws.push(screw)
    }
  }

  // The door: a pivot on the hinge line; the leaf extends to +x from it.
  const doorPivot = at(new THREE.Group(), hingeX, 0, hingeZ)
  const door = new THREE.Group()
  doorPivot.add(door)
  const cx = doorWidth / 2
  const cy = doorBottom + doorHeight / 2
  own(
    'door',
    at(
      frame(
        [0, doorBottom, doorWidth, doorBottom + doorHeight],
        [0.06, doorBottom + 0.07, doorWidth - 0.07, doorBottom + doorHeight - 0.07],
        0.035,
        steel,
      ),
      0,
      0,
      -0.01,
    ),
    door,
  )
  own('door', at(box(doorWidth - 0.05, doorHeight - 0.05, 0.008, tinted), cx, cy, 0.004), door)
  own('door', at(box(doorWidth - 0.02, doorHeight - 0.02, 0.006, tinted), cx, cy, -0.012), door)
  own('door', at(box(0.022, 0.42, 0.03, steel, 0.01), doorWidth - 0.035, cy, 0.075), door)
  for (const dy of [-0.18, 0.18])
    own('door', at(box(0.016, 0.02, 0.05, steel), doorWidth - 0.035, cy + dy, 0.045), door)
  const gasket = own(
    'gasket',
    at(
      frame(
        [0.015, doorBottom + 0.02, doorWidth - 0.02, doorBottom + doorHeight - 0.02],
        [0.045, doorBottom + 0.05, doorWidth - 0.05, doorBottom + doorHeight - 0.05],
        0.012,
        rubber,
      ),
      0,
      0,
      -0.026,
    ),
    door,
  )
  root.add(doorPivot)

  // Steam sprites above the exhaust, recycled as they rise.
  const steamMaterial = new THREE.SpriteMaterial({
    map: steamTexture(),
    transparent: true,
    depthWrite: false,
    opacity: 0,
  })
  const puffs = Array.from({ length: 14 }, () => {
    const sprite = new THREE.Sprite(steamMaterial.clone())
    root.add(sprite)
    return sprite
  })

  const anchor = (parent: THREE.Object3D, x: number, y: number, z: number) => {
    const point = at(new THREE.Object3D(), x, y, z)
    parent.add(point)
    return point
  }
  const anchors: StageRig['anchors'] = {
    door: anchor(door, cx + 0.12, cy + 0.2, 0.05),
    hinges: anchor(root, hingeX - 0.04, 0.47, hingeZ),
    gasket: anchor(door, doorWidth - 0.03, cy + 0.25, -0.02),
    controlPanel: anchor(root, 0.41, 0.6, 0.41),
    racks: anchor(topShelf, 0.2, 0.02, 0.2),
    fan: anchor(fan, 0, 0.12, 0),
    cabinet: anchor(root, -0.11, 0.7, 0.3),
  }

  const wornGasket = new THREE.Color('#5c4a3d')
  const newGasket = new THREE.Color('#2b3442')

  return {
    root,
    parts,
    anchors,
    apply(pose, time) {
      // Open: swing outwards (towards +z) about the hinge; off: lift, then carry clear to the left.
      doorPivot.rotation.y = -THREE.MathUtils.degToRad(105) * pose.doorOpen - 0.35 * pose.doorAway
      doorPivot.position.set(
        hingeX - 0.5 * pose.doorAway,
        0.05 * pose.doorLift + 0.03 * pose.doorAway,
        hingeZ + 0.55 * pose.doorAway,
      )
      for (const screw of screws) {
        screw.position.x = screw.userData.rest - 0.07 * pose.screwsOut
        screw.rotation.x = pose.screwsOut * Math.PI * 6
      }
      topShelf.position.z = 0.015 + 0.42 * pose.rackOut
      screen.visible = pose.panelLit > 0.02
      screenMaterial.color.setScalar(pose.panelLit)
      ringMaterial.color.set('#38bdf8').multiplyScalar(0.15 + 0.85 * pose.panelLit)
      ;(gasket.material as THREE.MeshStandardMaterial).color
        .copy(wornGasket)
        .lerp(newGasket, pose.gasketNew)
      fan.rotation.z = time * 14 * pose.fanRunning
      for (const [index, puff] of puffs.entries()) {
        const age = (time * 0.35 + index / puffs.length) % 1
        puff.position.set(
          -0.3 + Math.sin(age * 9 + index) * 0.03 * age,
          0.95 + age * 0.55,
          -0.3 + Math.cos(age * 7 + index) * 0.03,
        )
        puff.scale.setScalar(0.06 + age * 0.22)
        ;(puff.material as THREE.SpriteMaterial).opacity =
          pose.steam * Math.sin(age * Math.PI) * 0.8
      }
    },
  }
}
