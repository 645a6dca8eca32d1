import type { Storyboard, StoryboardRequest, StoryboardWriter } from '../types'

const beats = [
  { title: 'Opening', summary: 'Establish the setting and the mood.' },
  { title: 'Reveal', summary: 'The subject appears in full.' },
  { title: 'Detail', summary: 'Close-ups of what makes it special.' },
  { title: 'Motion', summary: 'The subject in motion, energy rising.' },
  { title: 'Atmosphere', summary: 'A wide, emotional moment.' },
  { title: 'Finale', summary: 'The closing image with the brand.' },
]

/** Splits `total` seconds into allowed clip lengths (longest first), e.g. 30 with [5,10] → 10,10,10. */
export function planDurations(total: number, clipLengths: number[]): number[] {
  const lengths = [...new Set(clipLengths)].filter((l) => l > 0).sort((a, b) => b - a)
  const shortest = lengths.at(-1) ?? 5
  const durations: number[] = []
  let left = total
  // Aim for several scenes: no clip longer than a third of the film when possible.
  const cap = lengths.find((l) => l <= total / 3) ?? shortest
  while (left > 0.5) {
    const fit = lengths.find((l) => l <= cap && l <= left + 0.5) ?? shortest
    durations.push(fit)
    left -= fit
  }
  return durations
}

/** "Apex Motors'", "Northwind's". */
const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`)

/** The offline storyboard: deterministic, from the prompt, brand and featured car. */
export const localStoryboardWriter: StoryboardWriter = {
  name: 'local',
  async writeStoryboard(request: StoryboardRequest): Promise<Storyboard> {
    const prompt = request.prompt.trim()
    // Without a featured car, the prompt's first clause names the subject; the rest is the scene.
    const firstClause = prompt.split(/[.,;:]/)[0]!.trim()
    const subject = request.car
      ? `${request.car.year ?? ''} ${request.car.model} ${request.car.trim ?? ''}`
          .replace(/\s+/g, ' ')
          .trim()
      : firstClause.slice(0, 120)
    const setting = request.car
      ? prompt
      : prompt.slice(firstClause.length).replace(/^[\s.,;:]+/, '')
    const characterDescription = request.brand
      ? `${subject}, in ${possessive(request.brand.companyName)} brand colours`
      : `${subject}, in natural colours`
    const durations = planDurations(request.targetDuration, request.clipLengths)
    return {
      characterDescription,
      scenes: durations.map((suggestedDuration, index) => {
        const beat = beats[Math.min(index, beats.length - 1)]!
        return {
          sceneTitle: beat.title,
          sceneSummary: `${beat.summary} ${prompt}`.slice(0, 400),
          imagePrompt: [characterDescription, beat.summary, setting]
            .filter(Boolean)
            .map((part) => part.replace(/[.\s]+$/, ''))
            .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
            .join('. ')
            .concat('.')
            .slice(0, 1000),
          negativePrompt: 'blurry, distorted, text artifacts',
          suggestedDuration,
        }
      }),
    }
  },
}
