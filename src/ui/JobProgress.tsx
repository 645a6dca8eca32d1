'use client'

import { AlertTriangle, CheckCircle2, Loader2, RotateCcw } from 'lucide-react'
import { Label, ProgressBar } from 'react-aria-components'

import { Button } from './Button'
import { cn } from './cn'

export type JobProgressProps = {
  /** Names the bar for assistive technology, e.g. "Project progress" or "Scene 2 progress". */
  label: string
  /** What is happening now, in words ("Generating image"). */
  stage: string
  /** 0–100, from the server's status. */
  value: number
  state: 'idle' | 'running' | 'done' | 'failed'
  failureReason?: string | null
  onRetry?: () => void
  retrying?: boolean
  compact?: boolean
  /** Work whose share done nobody can know yet (one long request): a moving bar, no percentage. */
  indeterminate?: boolean
}

/**
 * The one progress display for long work: a stage label and a progress bar (`role="progressbar"`
 * with `aria-valuenow`); on failure the readable reason and a Retry button.
 */
export function JobProgress({
  label,
  stage,
  value,
  state,
  failureReason,
  onRetry,
  retrying,
  compact,
  indeterminate,
}: JobProgressProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)))
  return (
    <div className={cn('flex flex-col gap-2', compact ? 'text-xs' : 'text-sm')}>
      <ProgressBar
        value={clamped}
        isIndeterminate={indeterminate}
        valueLabel={indeterminate ? stage : undefined}
        aria-label={label}
        className="flex flex-col gap-1.5"
      >
        {({ percentage }) => (
          <>
            <div className="flex items-center justify-between gap-3">
              <Label className="flex items-center gap-1.5 font-medium text-slate-700">
                {state === 'running' && (
                  <Loader2
                    size={compact ? 14 : 16}
                    aria-hidden
                    className="animate-spin text-brand-600"
                  />
                )}
                {state === 'done' && (
                  <CheckCircle2 size={compact ? 14 : 16} aria-hidden className="text-emerald-600" />
                )}
                {state === 'failed' && (
                  <AlertTriangle size={compact ? 14 : 16} aria-hidden className="text-red-600" />
                )}
                <span data-testid="stage">{stage}</span>
              </Label>
              {!indeterminate && (
                <span className="tabular-nums text-slate-500" aria-hidden>
                  {Math.round(percentage ?? 0)}%
                </span>
              )}
            </div>
            <div
              className={cn(
                'relative overflow-hidden rounded-full bg-slate-200',
                compact ? 'h-1.5' : 'h-2',
              )}
            >
              {indeterminate ? (
                <div className="absolute inset-y-0 w-1/3 animate-[reelsmith-indeterminate_1.4s_ease-in-out_infinite] rounded-full bg-brand-600" />
              ) : (
                <div
                  className={cn(
                    'h-full rounded-full transition-[width] duration-500',
                    state === 'failed'
                      ? 'bg-red-500'
                      : state === 'done'
                        ? 'bg-emerald-500'
                        : 'bg-brand-600',
                    state === 'running' && 'animate-pulse',
                  )}
                  style={{ width: `${percentage ?? 0}%` }}
                />
              )}
            </div>
          </>
        )}
      </ProgressBar>
      {state === 'failed' && (
        <div
          role="alert"
          className="flex items-start justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-900"
        >
          <p className="min-w-0 break-words">
            {failureReason || 'The job failed without a reason.'}
          </p>
          {onRetry && (
            <Button
              size="sm"
              variant="danger"
              onPress={onRetry}
              isDisabled={retrying}
              icon={<RotateCcw size={14} aria-hidden />}
            >
              Retry
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
