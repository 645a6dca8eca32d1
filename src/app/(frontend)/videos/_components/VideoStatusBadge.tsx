import { cn } from '../../../../ui/cn'

/**
 * A training video's state in a trainer's words, from its project's stage: a video is
 * "processing" (the document's word) from its script until its film exists.
 */
export const videoStages: Record<string, { label: string; tone: string }> = {
  STORYBOARD: { label: 'Script ready', tone: 'bg-sky-50 text-sky-800 ring-sky-600/20' },
  SCENE_GENERATION: { label: 'Rendering', tone: 'bg-amber-50 text-amber-900 ring-amber-600/20' },
  STITCHING: { label: 'Rendering', tone: 'bg-amber-50 text-amber-900 ring-amber-600/20' },
  COMPLETED: { label: 'Completed', tone: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  FAILED: { label: 'Failed', tone: 'bg-red-50 text-red-800 ring-red-600/20' },
}

export const isRendering = (stage: string | null | undefined) =>
  stage === 'SCENE_GENERATION' || stage === 'STITCHING'

export function VideoStatusBadge({
  status,
  className,
}: {
  status: string | null | undefined
  className?: string
}) {
  const stage = videoStages[status ?? 'STORYBOARD'] ?? videoStages.STORYBOARD!
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
        stage.tone,
        className,
      )}
    >
      {stage.label}
    </span>
  )
}
