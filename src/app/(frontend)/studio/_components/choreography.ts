/**
 * The "4D" part of the Studio: where the camera is, what is lit and how far each moving part has
 * moved, as a pure function of the playhead. Scrubbing, stepping and playing all land on the same
 * picture because nothing here depends on how the playhead got there.
 */

export type Vec3 = readonly [number, number, number]

/** Every moving part of the oven, each 0 (rest) … 1 (fully moved). */
export type Pose = {
  /** Door swung open on its hinges. */
  doorOpen: number
  /** Door lifted up off its hinge pins. */
  doorLift: number
  /** Door carried away from the oven, off its hinges. */
  doorAway: number
  /** Hinge cover screws backed out. */
  screwsOut: number
  /** Top rack slid out of the cabinet. */
  rackOut: number
  /** Control panel display powered. */
  panelLit: number
  /** Convection fan running. */
  fanRunning: number
  /** Door gasket replaced (worn → new). */
  gasketNew: number
  /** Steam from the cabinet (steam test). */
  steam: number
}

export const restPose: Pose = {
  doorOpen: 0,
  doorLift: 0,
  doorAway: 0,
  screwsOut: 0,
  rackOut: 0,
  panelLit: 1,
  fanRunning: 0,
  gasketNew: 0,
  steam: 0,
}

export type PartName = 'door' | 'hinges' | 'gasket' | 'controlPanel' | 'racks' | 'fan' | 'cabinet'

export type CameraShot = { position: Vec3; target: Vec3 }

/** One movement inside a step, over a slice of the step (fractions of its duration). */
export type Motion = { from: number; to: number; pose: Partial<Pose> }

export type StudioStep = {
  id: string
  order: number
  title: string
  voiceover: string
  /** Seconds. */
  duration: number
  shot: CameraShot
  highlight: PartName | null
  /** Short label for the highlighted part, drawn beside it on the stage. */
  highlightLabel?: string
  motions: Motion[]
}

export type StudioVideo = {
  id: string
  title: string
  equipmentModel: string
  taskType: string
  steps: StudioStep[]
}

export type Span = { start: number; end: number }

export function stepSpans(steps: readonly StudioStep[]): Span[] {
  let start = 0
  return steps.map((step) => {
    const span = { start, end: start + step.duration }
    start = span.end
    return span
  })
}

export const totalDuration = (steps: readonly StudioStep[]) =>
  steps.reduce((sum, step) => sum + step.duration, 0)

/** The step playing at `time`; the end of the film belongs to the last step. */
export function stepIndexAt(spans: readonly Span[], time: number): number {
  for (let index = 0; index < spans.length; index++) if (time < spans[index].end) return index
  return Math.max(0, spans.length - 1)
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value))
export const easeInOut = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2)
const mix = (a: number, b: number, k: number) => a + (b - a) * k
const mixVec = (a: Vec3, b: Vec3, k: number): Vec3 => [
  mix(a[0], b[0], k),
  mix(a[1], b[1], k),
  mix(a[2], b[2], k),
]

function applyMotions(pose: Pose, motions: readonly Motion[], progress: number): Pose {
  const next = { ...pose }
  for (const motion of motions) {
    const k = easeInOut(clamp01((progress - motion.from) / Math.max(1e-6, motion.to - motion.from)))
    for (const key of Object.keys(motion.pose) as (keyof Pose)[])
      next[key] = mix(next[key], motion.pose[key] as number, k)
  }
  return next
}

/** Seconds the camera takes to fly from one step's shot to the next. */
const cameraMove = 1.4

export type StageFrame = {
  /** The playhead, seconds: continuous motion (fan, steam) is drawn from it. */
  time: number
  stepIndex: number
  /** 0 … 1 through the current step. */
  progress: number
  camera: CameraShot
  pose: Pose
  highlight: PartName | null
  highlightLabel: string | null
}

export function stageAt(
  steps: readonly StudioStep[],
  time: number,
  spans = stepSpans(steps),
): StageFrame {
  if (steps.length === 0) {
    return {
      time: 0,
      stepIndex: 0,
      progress: 0,
      camera: { position: [2.2, 1.4, 2.6], target: [0, 0.45, 0] },
      pose: restPose,
      highlight: null,
      highlightLabel: null,
    }
  }
  const clamped = Math.min(Math.max(time, 0), spans[spans.length - 1].end)
  const stepIndex = stepIndexAt(spans, clamped)
  const step = steps[stepIndex]
  const local = clamped - spans[stepIndex].start
  const progress = step.duration > 0 ? clamp01(local / step.duration) : 1

  let pose = restPose
  for (let index = 0; index < stepIndex; index++) pose = applyMotions(pose, steps[index].motions, 1)
  pose = applyMotions(pose, step.motions, progress)

  const previousShot = stepIndex > 0 ? steps[stepIndex - 1].shot : step.shot
  const flight = easeInOut(clamp01(local / Math.min(cameraMove, step.duration || cameraMove)))
  // A slow push-in after the move keeps a paused-looking shot alive while the narration runs.
  const drift = 0.04 * easeInOut(progress)
  const position = mixVec(
    mixVec(previousShot.position, step.shot.position, flight),
    step.shot.target,
    drift,
  )
  const target = mixVec(previousShot.target, step.shot.target, flight)

  return {
    time: clamped,
    stepIndex,
    progress,
    camera: { position, target },
    pose,
    highlight: step.highlight,
    highlightLabel: step.highlightLabel ?? null,
  }
}

export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
