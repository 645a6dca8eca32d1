'use client'

import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'

import { CaptionPanel } from './CaptionPanel'
import { formatClock, stageAt, stepSpans, totalDuration, type StudioVideo } from './choreography'
import { demoVideo } from './demoVideo'
import { OvenStage } from './OvenStage'
import { StepList } from './StepList'
import { Transport } from './Transport'
import styles from '../studio.module.css'

/** Keys that belong to the focused control itself, never to the player's shortcuts. */
const ownsKeys = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target instanceof HTMLInputElement && target.type !== 'range'))

type Props = {
  /** The bundled sample unless a signed-in user opened one of their videos. */
  video?: StudioVideo
  /** An uploaded glTF model to play the steps on, instead of the sample oven. */
  model?: { url: string; name: string } | null
  /** Where a signed-in user picks a real video and model (server-rendered). */
  opener?: ReactNode
}

/**
 * The Studio: a training video's steps played as a "4D" demo (the 3D model, moved through time).
 * The sample ships with the page: it makes no request to render or to play. Signed in, the same
 * player plays a real video's steps, on the sample oven or on an uploaded model.
 */
export function StudioPlayer({ video = demoVideo, model = null, opener }: Props) {
  const sample = video.id === demoVideo.id
  const [time, setTime] = useState(0)
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState(1)

  const spans = useMemo(() => stepSpans(video.steps), [video])
  const total = useMemo(() => totalDuration(video.steps), [video])
  const frame = useMemo(() => stageAt(video.steps, time, spans), [video, time, spans])
  const step = video.steps[frame.stepIndex]

  // The playhead advances with the display's frames while playing; it stops at the end.
  const speedRef = useRef(speed)
  useEffect(() => {
    speedRef.current = speed
  }, [speed])
  useEffect(() => {
    if (!playing) return
    let last = performance.now()
    let handle = requestAnimationFrame(function tick(now) {
      const elapsed = Math.min(0.25, (now - last) / 1000) * speedRef.current
      last = now
      setTime((current) => Math.min(total, current + elapsed))
      handle = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(handle)
  }, [playing, total])
  useEffect(() => {
    if (playing && time >= total) setPlaying(false)
  }, [playing, time, total])

  const togglePlay = useCallback(() => {
    // Play at the end starts the film again.
    if (!playing && time >= total) setTime(0)
    setPlaying(!playing)
  }, [playing, time, total])

  const seek = useCallback((to: number) => setTime(Math.min(total, Math.max(0, to))), [total])
  const goToStep = useCallback(
    (index: number) => {
      const clamped = Math.min(spans.length - 1, Math.max(0, index))
      if (spans[clamped]) setTime(spans[clamped].start)
    },
    [spans],
  )
  const stepBy = useCallback(
    (delta: -1 | 1) => {
      // Back from inside a step first returns to its start, as players do.
      if (delta < 0 && time - spans[frame.stepIndex].start > 1) goToStep(frame.stepIndex)
      else goToStep(frame.stepIndex + delta)
    },
    [time, spans, frame.stepIndex, goToStep],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return
    const isButton = event.target instanceof HTMLButtonElement
    const key = event.key.toLowerCase()
    if ((key === ' ' && !isButton) || key === 'k') togglePlay()
    else if (key === 'j') stepBy(-1)
    else if (key === 'l') stepBy(1)
    else return
    event.preventDefault()
  }

  const modelDescription = `3D model of the ${video.equipmentModel}${model ? ` (${model.name})` : ''}`
  const description = step
    ? `${modelDescription}, step ${frame.stepIndex + 1}: ${step.title}${frame.highlightLabel ? ` (${frame.highlightLabel} highlighted)` : ''}`
    : modelDescription

  return (
    <section className={styles.studio} aria-labelledby="studio-title" onKeyDown={onKeyDown}>
      <header className={styles.header}>
        <div>
          <p className={styles.eyebrow}>
            Studio
            <span className={styles.badge}>
              <span className={styles.badgeDot} aria-hidden="true" />
              {sample ? '4D demo · sample data' : `4D · ${model ? model.name : 'sample model'}`}
            </span>
          </p>
          <h1 id="studio-title" className={styles.title}>
            {video.title}
          </h1>
          <ul className={styles.meta} aria-label="About this video">
            <li className={styles.chip}>{video.equipmentModel}</li>
            <li className={styles.chip}>{video.taskType}</li>
            <li className={styles.chip}>
              {video.steps.length} steps · {formatClock(total)}
            </li>
          </ul>
        </div>
      </header>

      <div className={styles.workspace}>
        <div className={styles.player}>
          <div style={{ position: 'relative' }}>
            <OvenStage frame={frame} description={description} model={model} />
            <div className={styles.stageOverlay} aria-hidden="true">
              {step && (
                <div className={styles.stepChip}>
                  <span className={styles.stepNumber}>
                    {String(frame.stepIndex + 1).padStart(2, '0')}
                  </span>
                  {step.title}
                </div>
              )}
              <span className={styles.stageTag}>4D</span>
            </div>
          </div>
          <CaptionPanel
            step={step}
            stepIndex={frame.stepIndex}
            stepCount={video.steps.length}
            progress={frame.progress}
          />
          <Transport
            steps={video.steps}
            spans={spans}
            time={time}
            total={total}
            stepIndex={frame.stepIndex}
            playing={playing}
            speed={speed}
            onTogglePlay={togglePlay}
            onSeek={seek}
            onStep={stepBy}
            onSpeed={setSpeed}
          />
        </div>

        <aside className={styles.side} aria-label="Steps and shortcuts">
          {opener}
          <nav className={styles.sideCard} aria-labelledby="studio-steps">
            <h2 id="studio-steps" className={styles.sideTitle}>
              Steps <span>{formatClock(total)}</span>
            </h2>
            <StepList
              steps={video.steps}
              spans={spans}
              stepIndex={frame.stepIndex}
              progress={frame.progress}
              onSelect={goToStep}
            />
          </nav>
          <div className={styles.sideCard}>
            <h2 className={styles.sideTitle}>Keyboard</h2>
            <dl className={styles.keys}>
              <dt>
                <kbd className={styles.key}>Space</kbd>
                <kbd className={styles.key}>K</kbd>
              </dt>
              <dd>Play or pause</dd>
              <dt>
                <kbd className={styles.key}>J</kbd>
                <kbd className={styles.key}>L</kbd>
              </dt>
              <dd>Previous or next step</dd>
              <dt>
                <kbd className={styles.key}>←</kbd>
                <kbd className={styles.key}>→</kbd>
              </dt>
              <dd>On the timeline: 1 s back or on (Shift: 5 s)</dd>
              <dt>
                <kbd className={styles.key}>PgUp</kbd>
                <kbd className={styles.key}>PgDn</kbd>
              </dt>
              <dd>On the timeline: next or previous step</dd>
            </dl>
          </div>
        </aside>
      </div>
    </section>
  )
}
