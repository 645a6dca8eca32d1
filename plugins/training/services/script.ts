/**
 * Training-video script writer. `ScriptWriter` is the seam for an LLM-backed writer later;
 * `createOfflineScriptWriter()` is deterministic: it keeps the manual's own sentences (numbers,
 * part names, torque values survive verbatim) and cites the page each scene came from.
 */

export type ManualPassage = {
  text: string
  page: number
  fileId: string
  fileName?: string
  rank?: number
}

export type ScriptSource = { fileId: string; page: number }

export type ScriptScene = {
  sequence_order: number
  voiceover_text: string
  sources: ScriptSource[]
}

export type ScriptInput = {
  prompt: string
  equipmentModel?: string
  taskType?: string
  passages: ManualPassage[]
}

export type Script = { title: string; generic: boolean; scenes: ScriptScene[] }

export interface ScriptWriter {
  writeScript(input: ScriptInput): Promise<Script>
}

const MIN_SCENES = 3
const MAX_SCENES = 5
const MAX_SCENE_CHARS = 400

const GENERIC_STEPS = [
  'Safety first: switch the unit off, isolate the power at the main switch and lock it out. Let hot surfaces cool down and put on gloves and eye protection.',
  'Gain access: remove the covers or panels that protect the part, keeping every screw and clip together so nothing is lost.',
  'Remove the old part: support it, disconnect it carefully and note its orientation before taking it out.',
  'Install the new part in the same orientation, refit the fasteners and tighten them to the manufacturer’s specification, then refit the covers.',
  'Test: restore the power, run the unit through a short cycle and check that everything works and nothing is loose or leaking.',
]

const titleCase = (s: string) => s.replace(/\b([a-z])/g, (_, c: string) => c.toUpperCase())

const TASK_NOUNS: Record<string, string> = {
  replace: 'Replacement',
  install: 'Installation',
  clean: 'Cleaning',
  remove: 'Removal',
  repair: 'Repair',
  inspect: 'Inspection',
  calibrate: 'Calibration',
  maintain: 'Maintenance',
  service: 'Service',
  descale: 'Descaling',
  lubricate: 'Lubrication',
  adjust: 'Adjustment',
}
const TASK_VERB =
  /\b(replace|install|clean|remove|repair|inspect|calibrate|maintain|service|descale|lubricate|adjust)\w*\s+(?:the\s+|a\s+|an\s+)?([\w\s-]{2,40}?)(?:\s+(?:on|of|in|for|from)\b|$)/i
const TASK_NOUN = new RegExp(
  `^(?:how (?:do|to) (?:i |we |you )?)?((?:[\\w-]+ ){0,2}?[\\w-]+) (${Object.values(TASK_NOUNS).join('|')})\\b`,
  'i',
)

/**
 * The maintenance task a prompt names: "How do I replace the door?" and "Door replacement on a
 * Rational SCC 101" → "Door Replacement". Undefined when it names none. Pure, so the new-video
 * form can suggest the same task type the server would title the video with.
 */
export function taskTypeFromPrompt(prompt: string): string | undefined {
  const cleaned = prompt
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!]+$/, '')
  const noun = TASK_NOUN.exec(cleaned)
  if (noun) return `${titleCase(noun[1]!.toLowerCase())} ${titleCase(noun[2]!.toLowerCase())}`
  const verb = TASK_VERB.exec(cleaned)
  return verb ? `${titleCase(verb[2]!.trim())} ${TASK_NOUNS[verb[1]!.toLowerCase()]}` : undefined
}

/** "How do I replace the door?" → "Door Replacement"; falls back to the cleaned prompt. */
export function scriptTitle(
  input: Pick<ScriptInput, 'prompt' | 'equipmentModel' | 'taskType'>,
): string {
  const prompt = input.prompt
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!]+$/, '')
  const subject = input.taskType?.trim()
    ? titleCase(input.taskType.trim())
    : (taskTypeFromPrompt(prompt) ?? titleCase(prompt.slice(0, 60)))
  const model = input.equipmentModel?.trim()
  return model && !subject.toLowerCase().includes(model.toLowerCase())
    ? `${subject} — ${model}`
    : subject
}

function sentencesOf(passage: ManualPassage): Array<{ text: string; source: ScriptSource }> {
  return passage.text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3)
    .map((text) => ({ text, source: { fileId: passage.fileId, page: passage.page } }))
}

function fromPassages(passages: ManualPassage[]): ScriptScene[] {
  // Keep manual order (file, page) so steps read in sequence, not in rank order.
  const ordered = [...passages].sort((a, b) => a.fileId.localeCompare(b.fileId) || a.page - b.page)
  const sentences = ordered.flatMap(sentencesOf)
  const count = Math.max(MIN_SCENES, Math.min(MAX_SCENES, Math.ceil(sentences.length / 2)))
  const perScene = Math.max(1, Math.ceil(sentences.length / count))
  const scenes: ScriptScene[] = []
  for (let i = 0; i < sentences.length && scenes.length < MAX_SCENES; i += perScene) {
    const chunk = sentences.slice(i, i + perScene)
    let text = ''
    for (const s of chunk)
      if (!text || text.length + s.text.length < MAX_SCENE_CHARS)
        text = text ? `${text} ${s.text}` : s.text
    const sources: ScriptSource[] = []
    for (const { source } of chunk) {
      if (!sources.some((s) => s.fileId === source.fileId && s.page === source.page))
        sources.push(source)
    }
    scenes.push({ sequence_order: scenes.length + 1, voiceover_text: text, sources })
  }
  return scenes
}

export function createOfflineScriptWriter(): ScriptWriter {
  return {
    async writeScript(input) {
      const title = scriptTitle(input)
      const passages = input.passages.filter((p) => p.text.trim())
      let scenes = passages.length ? fromPassages(passages) : []
      const generic = scenes.length === 0
      if (generic) {
        scenes = GENERIC_STEPS.map((voiceover_text, i) => ({
          sequence_order: i + 1,
          voiceover_text,
          sources: [],
        }))
      } else if (scenes.length < MIN_SCENES) {
        // Too little manual text for 3 scenes: frame it with the safety step and a test step.
        scenes = [
          { sequence_order: 0, voiceover_text: GENERIC_STEPS[0], sources: [] },
          ...scenes,
          { sequence_order: 0, voiceover_text: GENERIC_STEPS[4], sources: [] },
        ]
          .slice(0, MAX_SCENES)
          .map((s, i) => ({ ...s, sequence_order: i + 1 }))
      }
      return { title, generic, scenes }
    },
  }
}
