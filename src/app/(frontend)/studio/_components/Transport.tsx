'use client'

import type { CSSProperties } from 'react'

import { formatClock, type Span, type StudioStep } from './choreography'
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from './icons'
import styles from '../studio.module.css'

type Props = {
  steps: readonly StudioStep[]
  spans: readonly Span[]
  time: number
  total: number
  stepIndex: number
  playing: boolean
  speed: number
  onTogglePlay(): void
  onSeek(time: number): void
  onStep(delta: -1 | 1): void
  onSpeed(speed: number): void
}

export const speeds = [0.5, 1, 1.5, 2]

/** Play/pause, step back/forward, the chaptered timeline and the playback speed. */
export function Transport({
  steps,
  spans,
  time,
  total,
  stepIndex,
  playing,
  speed,
  onTogglePlay,
  onSeek,
  onStep,
  onSpeed,
}: Props) {
  const step = steps[stepIndex]
  const valueText = step
    ? `Step ${stepIndex + 1} of ${steps.length}: ${step.title}, ${formatClock(time)} of ${formatClock(total)}`
    : 'No steps'
  return (
    <div className={styles.transport}>
      <button
        type="button"
        className={styles.iconButton}
        onClick={() => onStep(-1)}
        disabled={stepIndex === 0 && time === 0}
        aria-label="Previous step"
        aria-keyshortcuts="J"
      >
        <PreviousIcon />
      </button>
      <button
        type="button"
        className={`${styles.iconButton} ${styles.playButton}`}
        onClick={onTogglePlay}
        aria-label={playing ? 'Pause' : 'Play'}
        aria-keyshortcuts="K Space"
      >
        {playing ? <PauseIcon size={20} /> : <PlayIcon size={20} />}
      </button>
      <button
        type="button"
        className={styles.iconButton}
        onClick={() => onStep(1)}
        disabled={stepIndex >= steps.length - 1}
        aria-label="Next step"
        aria-keyshortcuts="L"
      >
        <NextIcon />
      </button>
      <p className={styles.clock} aria-hidden="true" style={{ margin: 0 }}>
        <strong>{formatClock(time)}</strong> / {formatClock(total)}
      </p>
      <div className={styles.timeline}>
        <div className={styles.track} aria-hidden="true">
          {spans.map((span, index) => {
            const fill = Math.min(
              1,
              Math.max(0, (time - span.start) / (span.end - span.start || 1)),
            )
            return (
              <div
                key={steps[index].id}
                className={`${styles.segment} ${index === stepIndex ? styles.segmentActive : ''}`}
                style={{ flex: `${span.end - span.start} 1 0` }}
              >
                <div
                  className={styles.segmentFill}
                  style={{ '--fill': `${fill * 100}%` } as CSSProperties}
                />
              </div>
            )
          })}
        </div>
        <input
          type="range"
          className={styles.range}
          aria-label="Timeline"
          aria-valuetext={valueText}
          min={0}
          max={total}
          step={0.1}
          value={Math.min(time, total)}
          onChange={(event) => onSeek(Number(event.currentTarget.value))}
          onKeyDown={(event) => {
            // The native 0.1 s per arrow is too fine to walk a film: a second (five with Shift), a step per page.
            const seconds = event.shiftKey ? 5 : 1
            const moves: Record<string, () => void> = {
              ArrowRight: () => onSeek(Math.min(total, time + seconds)),
              ArrowUp: () => onSeek(Math.min(total, time + seconds)),
              ArrowLeft: () => onSeek(Math.max(0, time - seconds)),
              ArrowDown: () => onSeek(Math.max(0, time - seconds)),
              PageUp: () => onStep(1),
              PageDown: () => onStep(-1),
            }
            const move = moves[event.key]
            if (!move) return
            event.preventDefault()
            move()
          }}
        />
      </div>
      <label>
        <span className={styles.srOnly}>Playback speed</span>
        <select
          className={styles.select}
          value={speed}
          onChange={(event) => onSpeed(Number(event.currentTarget.value))}
        >
          {speeds.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
