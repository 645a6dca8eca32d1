import type { ReactNode } from 'react'

import './admin.css'

export type ProgressState = 'idle' | 'running' | 'done' | 'failed'

type Props = {
  /** The bar's accessible name, e.g. "Project progress" or "Scene 2 progress". */
  label: string
  /** What is happening now, in words. */
  stage: string
  /** 0–100, from the server's status. */
  value: number
  state: ProgressState
  failureReason?: string | null
  /** Shown beside the reason when the step failed (a Retry button). */
  retry?: ReactNode
}

/**
 * Long work in the admin: the stage in words and a `role="progressbar"` with `aria-valuenow`;
 * on failure the reason, in an alert, with its Retry. (The product's `JobProgress` in admin dress.)
 */
export function ProgressMeter({ label, stage, value, state, failureReason, retry }: Props) {
  const percent = Math.max(0, Math.min(100, Math.round(value)))
  return (
    <div className={`reel-progress reel-progress--${state}`}>
      <div className="reel-progress__label">
        <span>
          {label}: {stage}
        </span>
        <span aria-hidden>{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${stage}`}
        className="reel-progress__track"
      >
        <div className="reel-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      {state === 'failed' && (
        <div role="alert" className="reel-failure">
          <p>{failureReason || 'The step failed without a reason.'}</p>
          {retry}
        </div>
      )}
    </div>
  )
}
