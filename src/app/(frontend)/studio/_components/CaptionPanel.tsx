'use client'

import type { StudioStep } from './choreography'
import styles from '../studio.module.css'

type Props = {
  step: StudioStep | undefined
  stepIndex: number
  stepCount: number
  progress: number
}

/**
 * The step's voiceover as captions. Words light up as the narration would reach them; the text
 * itself changes only with the step, so a screen reader hears each step once.
 */
export function CaptionPanel({ step, stepIndex, stepCount, progress }: Props) {
  if (!step) return <div className={styles.captions}>This video has no steps yet.</div>
  const words = step.voiceover.split(/\s+/).filter(Boolean)
  // Narration leaves a breath at each end of the step.
  const spoken = Math.round(Math.min(1, Math.max(0, (progress - 0.05) / 0.85)) * words.length)
  return (
    <section className={styles.captions} aria-label="Captions">
      <p className={styles.captionStep}>
        Step {stepIndex + 1} of {stepCount}
      </p>
      <h2 className={styles.captionTitle}>{step.title}</h2>
      <p className={styles.captionText} aria-live="polite" data-testid="caption">
        {words.map((word, index) => (
          <span key={index} className={index < spoken ? styles.spoken : undefined}>
            {index > 0 ? ' ' : ''}
            {word}
          </span>
        ))}
      </p>
    </section>
  )
}
