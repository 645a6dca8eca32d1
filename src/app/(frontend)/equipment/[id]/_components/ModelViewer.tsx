'use client'

import { AlertTriangle, Loader2, RotateCcw, RotateCw, Scan, ZoomIn, ZoomOut } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'

import { Button } from '../../../../../ui/Button'

type Viewer = {
  rotate: (radians: number) => void
  zoom: (factor: number) => void
  reset: () => void
  dispose: () => void
}

/**
 * Opens a glTF model (`.glb`, or `.gltf` with embedded buffers) in three.js: the model centred
 * and framed, lit softly, turned with the mouse (drag), zoomed with the wheel, and with buttons
 * that do the same from the keyboard. Renders only when the view changes.
 */
async function openViewer(canvas: HTMLCanvasElement, url: string): Promise<Viewer> {
  const [THREE, { GLTFLoader }, { OrbitControls }] = await Promise.all([
    import('three'),
    import('three/examples/jsm/loaders/GLTFLoader.js'),
    import('three/examples/jsm/controls/OrbitControls.js'),
  ])
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, alpha: true })
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))
  renderer.outputColorSpace = THREE.SRGBColorSpace
  const scene = new THREE.Scene()
  scene.add(new THREE.HemisphereLight(0xffffff, 0x8090a0, 2.2))
  const sun = new THREE.DirectionalLight(0xffffff, 2)
  sun.position.set(3, 5, 4)
  scene.add(sun)
  const camera = new THREE.PerspectiveCamera(40, 1, 0.01, 1000)
  const controls = new OrbitControls(camera, canvas)
  const render = () => renderer.render(scene, camera)
  controls.addEventListener('change', render)

  const gltf = await new GLTFLoader().loadAsync(url)
  const model = gltf.scene
  const box = new THREE.Box3().setFromObject(model)
  const size = box.getSize(new THREE.Vector3()).length() || 1
  model.position.sub(box.getCenter(new THREE.Vector3()))
  scene.add(model)
  const grid = new THREE.GridHelper(size * 1.5, 12, 0xb8c2cc, 0xdde3e8)
  grid.position.y = -box.getSize(new THREE.Vector3()).y / 2
  scene.add(grid)
  camera.near = size / 100
  camera.far = size * 100
  const home = new THREE.Vector3(size * 0.75, size * 0.45, size * 0.95)
  const reset = () => {
    camera.position.copy(home)
    controls.target.set(0, 0, 0)
    controls.update()
  }

  const resize = () => {
    const { clientWidth: width, clientHeight: height } = canvas
    if (!width || !height) return
    renderer.setSize(width, height, false)
    camera.aspect = width / height
    camera.updateProjectionMatrix()
    render()
  }
  const observer = new ResizeObserver(resize)
  observer.observe(canvas)
  camera.updateProjectionMatrix()
  reset()
  resize()

  return {
    rotate: (radians) => {
      camera.position
        .sub(controls.target)
        .applyAxisAngle(new THREE.Vector3(0, 1, 0), radians)
        .add(controls.target)
      controls.update()
    },
    zoom: (factor) => {
      camera.position.sub(controls.target).multiplyScalar(factor).add(controls.target)
      controls.update()
    },
    reset,
    dispose: () => {
      observer.disconnect()
      controls.dispose()
      renderer.dispose()
    },
  }
}

export function ModelViewer({ url, name }: { url: string; name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const viewer = useRef<Viewer | null>(null)
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'failed'; error?: string }>({
    status: 'loading',
  })
  useEffect(() => {
    let cancelled = false
    openViewer(canvas.current!, url).then(
      (opened) => {
        if (cancelled) return opened.dispose()
        viewer.current = opened
        setState({ status: 'ready' })
      },
      (error: unknown) =>
        !cancelled &&
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      cancelled = true
      viewer.current?.dispose()
      viewer.current = null
    }
  }, [url])
  const controls = [
    {
      label: 'Rotate left',
      icon: <RotateCcw size={16} aria-hidden />,
      act: (v: Viewer) => v.rotate(-Math.PI / 8),
    },
    {
      label: 'Rotate right',
      icon: <RotateCw size={16} aria-hidden />,
      act: (v: Viewer) => v.rotate(Math.PI / 8),
    },
    { label: 'Zoom in', icon: <ZoomIn size={16} aria-hidden />, act: (v: Viewer) => v.zoom(0.8) },
    {
      label: 'Zoom out',
      icon: <ZoomOut size={16} aria-hidden />,
      act: (v: Viewer) => v.zoom(1.25),
    },
    { label: 'Reset view', icon: <Scan size={16} aria-hidden />, act: (v: Viewer) => v.reset() },
  ]
  return (
    <figure className="relative m-0 bg-gradient-to-b from-slate-50 to-slate-200">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`3D view of ${name}: drag to turn it, scroll to zoom`}
        className="block aspect-video w-full cursor-grab touch-none active:cursor-grabbing"
      />
      {state.status !== 'ready' && (
        <div className="absolute inset-0 grid place-items-center p-6 text-center text-sm text-slate-600">
          {state.status === 'loading' ? (
            <span className="inline-flex items-center gap-2">
              <Loader2 size={16} aria-hidden className="animate-spin text-brand-600" /> Opening the
              model…
            </span>
          ) : (
            <span role="alert" className="inline-flex items-center gap-2 text-red-700">
              <AlertTriangle size={16} aria-hidden /> The model could not be shown: {state.error}
            </span>
          )}
        </div>
      )}
      {state.status === 'ready' && (
        <div
          role="toolbar"
          aria-label={`${name} view`}
          className="absolute top-3 right-3 flex gap-1 rounded-lg bg-white/90 p-1 shadow-sm ring-1 ring-slate-200 backdrop-blur"
        >
          {controls.map((control) => (
            <Button
              key={control.label}
              variant="ghost"
              size="sm"
              aria-label={control.label}
              className="px-2"
              onPress={() => viewer.current && control.act(viewer.current)}
            >
              {control.icon}
            </Button>
          ))}
        </div>
      )}
      <figcaption className="sr-only">{name}</figcaption>
    </figure>
  )
}
