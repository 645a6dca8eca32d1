'use client'

import { useEffect, useRef, useState } from 'react'

import type { StageFrame } from './choreography'
import { createStageScene } from './stageScene'
import styles from '../studio.module.css'

type Props = {
  frame: StageFrame
  /** What the stage shows, for people who cannot see it. */
  description: string
}

/**
 * The 3D stage: draws the frame it is given (camera, pose of every moving part, highlighted
 * part) and pins the part's label beside it. It never decides anything about time itself.
 */
export function OvenStage({ frame, description }: Props) {
  const hostRef = useRef<HTMLDivElement>(null)
  const labelRef = useRef<HTMLDivElement>(null)
  const frameRef = useRef(frame)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    frameRef.current = frame
  }, [frame])

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    let stage: ReturnType<typeof createStageScene>
    try {
      stage = createStageScene()
    } catch {
      // No WebGL (disabled or unsupported): the captions and controls still work.
      setFailed(true)
      return
    }
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

    // Draws only when the frame changed: a paused stage costs nothing, which matters most where
    // WebGL runs in software (VMs, CI) and every picture is paid for with the page's own CPU.
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
  }, [])

  return (
    <div ref={hostRef} className={styles.stage} role="img" aria-label={description}>
      {failed ? (
        <p className={styles.stageFallback}>
          This browser cannot draw 3D (WebGL is off). The steps and captions still play below.
        </p>
      ) : (
        <div ref={labelRef} className={styles.callout} aria-hidden="true">
          <span className={styles.calloutDot} />
          <span className={styles.calloutText}>{frame.highlightLabel}</span>
        </div>
      )}
    </div>
  )
}
