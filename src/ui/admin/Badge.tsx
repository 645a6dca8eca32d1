import { statusLabels } from '../StatusBadge'
import './admin.css'

const tone = (status: string) =>
  status === 'FAILED'
    ? 'failed'
    : ['COMPLETED', 'VIDEO_READY'].includes(status)
      ? 'done'
      : [
            'STORYBOARD',
            'STITCHING',
            'GENERATING_IMAGE',
            'GENERATING_VIDEO',
            'running',
            'queued',
          ].includes(status)
        ? 'running'
        : ''

/** A pipeline status in words (the product's labels), toned like the admin's pills. */
export function Badge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`reel-badge ${tone(status) ? `reel-badge--${tone(status)}` : ''}`}>
      {label ?? statusLabels[status] ?? status}
    </span>
  )
}
