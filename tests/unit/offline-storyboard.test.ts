import { describe, expect, it } from 'vitest'

import {
  localStoryboardWriter,
  planDurations,
} from '../../src/lib/providers/local/storyboardWriter'

const write = (request: Record<string, unknown>) =>
  localStoryboardWriter.writeStoryboard({
    targetDuration: 15,
    clipLengths: [5, 10],
    ...request,
  } as never)

describe('the offline storyboard writer', () => {
  it('fills the target with allowed clip lengths, several scenes where it can', () => {
    expect(planDurations(15, [5, 10])).toEqual([5, 5, 5])
    expect(planDurations(30, [5, 10])).toEqual([10, 10, 10])
    expect(planDurations(60, [5, 10])).toEqual([10, 10, 10, 10, 10, 10])
  })

  it('names the prompt’s subject once per image prompt, in the brand’s colours', async () => {
    const prompt =
      'The Apex Meridian GT on a coast road at golden hour: the car in the distance, a close pass.'
    const { characterDescription, scenes } = await write({
      prompt,
      brand: { companyName: 'Apex Motors' },
    })
    expect(characterDescription).toBe(
      "The Apex Meridian GT on a coast road at golden hour, in Apex Motors' brand colours",
    )
    expect(scenes.map((s) => s.sceneTitle)).toEqual(['Opening', 'Reveal', 'Detail'])
    expect(scenes[0]!.imagePrompt).toBe(
      `${characterDescription}. Establish the setting and the mood. The car in the distance, a close pass.`,
    )
    for (const scene of scenes)
      expect(scene.imagePrompt.split('Apex Meridian GT').length - 1).toBe(1)
  })

  it('with a featured car, the car is the subject and the whole prompt the setting', async () => {
    const { characterDescription, scenes } = await write({
      prompt: 'A red coupé at dawn',
      brand: { companyName: 'Northwind' },
      car: { model: 'Meridian', year: 2025, trim: 'GT' },
    })
    expect(characterDescription).toBe("2025 Meridian GT, in Northwind's brand colours")
    expect(scenes[0]!.imagePrompt).toBe(
      "2025 Meridian GT, in Northwind's brand colours. Establish the setting and the mood. A red coupé at dawn.",
    )
  })
})
