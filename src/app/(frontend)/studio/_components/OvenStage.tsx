'use client'

import { type RefObject, useEffect, useRef, useState } from 'react'

import type { StageFrame } from './choreography'
import { loadModelRig } from './modelRig'
import { createStageScene, type StageScene } from './stageScene'
import styles from '../studio.module.css'

type Props = {
  frame: StageFrame
  /** What the stage shows, for people who cannot see it. */
  description: string
  /** An uploaded glTF model to show instead of the sample oven. */
  model?: { url: string; name: string } | null
}

type StageState =
  { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string }

/**
 * The 3D stage: draws the frame it is given (camera, pose of every moving part, highlighted
 * part) and pins the part's label beside it. It never decides anything about time itself.
 */
export function OvenStage({ frame, description, model }: Props) {
  const hostRef = useRef<HTMLDivElement>(null)
  const labelRef = useRef<HTMLDivElement>(null)
  const frameRef = useRef(frame)
  const [state, setState] = useState<StageState>({ status: 'loading' })
  const modelUrl = model?.url ?? null
  const modelName = model?.name ?? null

  useEffect(() => {
    frameRef.current = frame
  }, [frame])

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    let stopped = false
    let stop = () => {}
    const open = async () => {
      let stage: StageScene
      try {
        stage = createStageScene(modelUrl ? await loadModelRig(modelUrl) : undefined)
      } catch (error) {
        if (stopped) return
        // No WebGL (disabled or unsupported), or a model three.js cannot read: the captions and
        // controls still work.
        const reason = error instanceof Error ? error.message : String(error)
        setState({
          status: 'failed',
          message: modelName
            ? `${modelName} could not be opened (${reason}).`
            : 'This browser cannot draw 3D (WebGL is off).',
        })
        return
      }
      if (stopped) return stage.dispose()
      stop = drawLoop(host, stage, frameRef, labelRef)
      setState({ status: 'ready' })
    }
    void open()
    return () => {
      stopped = true
      stop()
    }
  }, [modelUrl, modelName])

  return (
    <div ref={hostRef} className={styles.stage} role="img" aria-label={description}>
      {state.status === 'failed' ? (
        <p className={styles.stageFallback}>
          {state.message} The steps and captions still play below.
        </p>
      ) : (
        <>
          {state.status === 'loading' && modelName && (
            <p className={styles.stageFallback}>Opening {modelName}…</p>
          )}
          <div ref={labelRef} className={styles.callout} aria-hidden="true">
            <span className={styles.calloutDot} />
            <span className={styles.calloutText}>{frame.highlightLabel}</span>
          </div>
        </>
      )}
    </div>
  )
}

/**
 * Puts the stage's canvas in `host` and draws whenever the frame changes; returns what stops it.
 * A paused stage costs nothing, which matters most where WebGL runs in software (VMs, CI) and
 * every picture is paid for with the page's own CPU.
 */
function drawLoop(
  host: HTMLDivElement,
  stage: StageScene,
  frameRef: RefObject<StageFrame>,
  labelRef: RefObject<HTMLDivElement | null>,
): () => void {
  stage.canvas.className = styles.canvas
  host.prepend(stage.canvas)

  let size = { width: 0, height: 0 }
  let drawn: StageFrame | null = null
  const observer = new ResizeObserver(([entry]) => {
    size = { width: entry.contentRect.width, height: entry.contentRect.height }
    if (size.width > 0 && size.height > 0) stage.resize(size.width, size.height)
    drawn = null
  })
  observer.observe(host)

  let animation = 0
  let notBefore = 0
  const draw = (now: number) => {
    animation = requestAnimationFrame(draw)
    const current = frameRef.current
    if (size.width === 0 || current === drawn || now < notBefore) return
    const started = performance.now()
    const spot = stage.draw(current)
    drawn = current
    // A slow renderer gets as much idle time as a picture costs, so the controls stay responsive.
    notBefore = now + (performance.now() - started)
    const label = labelRef.current
    if (!label) return
    label.style.opacity = spot ? '1' : '0'
    if (spot)
      label.style.transform = `translate(${spot.x * size.width}px, ${spot.y * size.height}px)`
  }
  animation = requestAnimationFrame(draw)

  return () => {
    cancelAnimationFrame(animation)
    observer.disconnect()
    stage.dispose()
  }
}
