import { cn } from './cn'

/** Words for the pipeline's statuses (the server's values stay the source of truth). */
export const statusLabels: Record<string, string> = {
  STORYBOARD: 'Storyboarding',
  SCENE_GENERATION: 'In production',
  STITCHING: 'Stitching',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  PENDING: 'Not started',
  GENERATING_IMAGE: 'Generating image',
  IMAGE_READY: 'Image ready',
  GENERATING_VIDEO: 'Generating clip',
  VIDEO_READY: 'Clip ready',
}

const tones: Record<string, string> = {
  COMPLETED: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  VIDEO_READY: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  IMAGE_READY: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  FAILED: 'bg-red-50 text-red-800 ring-red-600/20',
  STITCHING: 'bg-violet-50 text-violet-800 ring-violet-600/20',
  GENERATING_IMAGE: 'bg-amber-50 text-amber-900 ring-amber-600/20',
  GENERATING_VIDEO: 'bg-amber-50 text-amber-900 ring-amber-600/20',
  STORYBOARD: 'bg-amber-50 text-amber-900 ring-amber-600/20',
  SCENE_GENERATION: 'bg-brand-50 text-brand-800 ring-brand-600/20',
}

export function StatusBadge({ status, className }: { status?: string | null; className?: string }) {
  const value = status ?? 'PENDING'
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
        tones[value] ?? 'bg-slate-50 text-slate-700 ring-slate-500/20',
        className,
      )}
    >
      {statusLabels[value] ?? value}
    </span>
  )
}
