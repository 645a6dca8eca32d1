import type { CameraShot, PartName, StudioStep, StudioVideo } from './choreography'

/** A training video's scene as the Studio needs it (read on the server from `scenes`). */
export type RealScene = {
  id: string
  order: number
  title: string
  voiceover: string
  /** Seconds, when the editor set one or the render measured it. */
  duration: number | null
}

/**
 * Shots around a model standing where the sample oven stands (about 0.9 m, on the floor at the
 * origin): uploaded models are scaled to that size, so one set of shots frames any of them.
 */
const shots: CameraShot[] = [
  { position: [1.85, 1.2, 2.35], target: [0, 0.45, 0] },
  { position: [-1.6, 1.0, 1.9], target: [-0.1, 0.45, 0.1] },
  { position: [0.35, 0.95, 1.65], target: [0, 0.45, 0.2] },
  { position: [1.5, 1.7, 1.2], target: [0, 0.4, 0] },
  { position: [-0.9, 1.3, 2.4], target: [0, 0.5, 0] },
]

/** What a step talks about, for the sample oven: the part to light up. */
const partWords: Array<[RegExp, PartName]> = [
  [/\b(seal|gasket)s?\b/i, 'gasket'],
  [/\bhinges?\b/i, 'hinges'],
  [/\bdoor\b/i, 'door'],
  [/\b(rack|shel(f|ves)|tray)s?\b/i, 'racks'],
  [/\bfan\b/i, 'fan'],
  [/\b(panel|display|switch|isolator|program)\b/i, 'controlPanel'],
]

const partLabels: Record<PartName, string> = {
  gasket: 'Door seal',
  hinges: 'Hinges',
  door: 'Door',
  racks: 'Racks',
  fan: 'Fan',
  controlPanel: 'Control panel',
  cabinet: 'Cooking cabinet',
}

/**
 * A step's title: the scene's own, unless it is only a number ("Step 3" goes stale once a scene
 * before it is deleted); then the start of its narration.
 */
export function stepTitle(sceneTitle: string, voiceover: string, position: number): string {
  if (sceneTitle.trim() && !/^(step|scene)\s*\d+$/i.test(sceneTitle.trim())) return sceneTitle
  const sentence =
    voiceover
      .trim()
      .split(/(?<=[.!?])\s/)[0]
      ?.replace(/[.!?]$/, '') ?? ''
  if (!sentence) return `Step ${position}`
  if (sentence.length <= 48) return sentence
  return `${sentence.slice(0, 47).replace(/\s+\S*$/, '')}…`
}

/** About how long the narration of a text lasts (offline TTS speaks ~2.5 words a second). */
export function narrationSeconds(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.max(4, Math.round((words / 2.5 + 1) * 10) / 10)
}

/**
 * A real training video as Studio steps: its scenes in order with their voiceover as captions,
 * the camera moving to another shot with every step. On the sample oven a step lights the part
 * its narration names; an uploaded model has no parts the Studio knows, so only the camera moves.
 */
export function studioVideoFromScenes(
  video: { id: string; title: string; equipmentModel: string; taskType: string },
  scenes: RealScene[],
  { sampleModel }: { sampleModel: boolean },
): StudioVideo {
  const steps: StudioStep[] = [...scenes]
    .sort((a, b) => a.order - b.order)
    .map((scene, index) => {
      const part = sampleModel
        ? (partWords.find(([words]) => words.test(scene.voiceover))?.[1] ?? null)
        : null
      return {
        id: scene.id,
        order: index + 1,
        title: stepTitle(scene.title, scene.voiceover, index + 1),
        voiceover: scene.voiceover,
        duration:
          scene.duration && scene.duration > 0 ? scene.duration : narrationSeconds(scene.voiceover),
        shot: shots[index % shots.length],
        highlight: part,
        highlightLabel: part ? partLabels[part] : undefined,
        motions: [],
      }
    })
  return { ...video, steps }
}
