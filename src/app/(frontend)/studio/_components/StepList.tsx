'use client'

import type { CSSProperties } from 'react'

import { formatClock, type Span, type StudioStep } from './choreography'
import styles from '../studio.module.css'

type Props = {
  steps: readonly StudioStep[]
  spans: readonly Span[]
  stepIndex: number
  progress: number
  onSelect(index: number): void
}

/** The film's chapters: where each step starts, which one plays, and a way to jump there. */
export function StepList({ steps, spans, stepIndex, progress, onSelect }: Props) {
  return (
    <ol className={styles.steps}>
      {steps.map((step, index) => (
        <li key={step.id}>
          <button
            type="button"
            className={`${styles.stepButton} ${index < stepIndex ? styles.stepDone : ''}`}
            aria-current={index === stepIndex ? 'step' : undefined}
            aria-label={`Step ${index + 1}: ${step.title}`}
            onClick={() => onSelect(index)}
          >
            <span className={styles.stepIndex}>{index + 1}</span>
            <span>{step.title}</span>
            <span className={styles.stepTime}>{formatClock(spans[index].start)}</span>
            {index === stepIndex && (
              <span
                className={styles.stepProgress}
                style={{ '--fill': `${progress * 100}%` } as CSSProperties}
              />
            )}
          </button>
        </li>
      ))}
    </ol>
  )
}
