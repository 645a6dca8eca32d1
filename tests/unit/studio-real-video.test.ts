import { describe, expect, it } from 'vitest'

import { stageAt } from '../../src/app/(frontend)/studio/_components/choreography'
import {
  narrationSeconds,
  stepTitle,
  studioVideoFromScenes,
} from '../../src/app/(frontend)/studio/_components/realVideo'

const about = {
  id: 'v1',
  title: 'Door Seal Replacement',
  equipmentModel: 'CX-6',
  taskType: 'Repair',
}
const scenes = [
  {
    id: 'b',
    order: 2,
    title: 'Fit',
    voiceover: 'Press the new seal into the groove.',
    duration: null,
  },
  { id: 'a', order: 1, title: 'Isolate', voiceover: 'Switch off at the isolator.', duration: 6.5 },
]

describe('a real training video in the Studio', () => {
  it('plays its scenes in order, each as long as the editor says or its narration lasts', () => {
    const video = studioVideoFromScenes(about, scenes, { sampleModel: true })
    expect(video.steps.map((step) => [step.id, step.order, step.voiceover])).toEqual([
      ['a', 1, 'Switch off at the isolator.'],
      ['b', 2, 'Press the new seal into the groove.'],
    ])
    expect(video.steps[0].duration).toBe(6.5)
    expect(video.steps[1].duration).toBe(narrationSeconds('Press the new seal into the groove.'))
    // The camera moves to another shot with the next step.
    const second = stageAt(video.steps, video.steps[0].duration + video.steps[1].duration)
    expect(second.stepIndex).toBe(1)
    expect(second.camera.target).not.toEqual(stageAt(video.steps, 0).camera.target)
  })

  it('titles a step by its narration when its own title is only a stale number', () => {
    expect(stepTitle('Step 3', 'Close the door. Then check the seal.', 2)).toBe('Close the door')
    expect(
      stepTitle(
        'Scene 1',
        'Switch the oven off at the main isolator and let the door cool down.',
        1,
      ),
    ).toBe('Switch the oven off at the main isolator and…')
    expect(stepTitle('Remove the hinge screws', 'Use a T20 driver.', 1)).toBe(
      'Remove the hinge screws',
    )
  })

  it('lights the part a step names on the sample oven, and nothing on an uploaded model', () => {
    const onOven = studioVideoFromScenes(about, scenes, { sampleModel: true })
    expect(onOven.steps.map((step) => step.highlight)).toEqual(['controlPanel', 'gasket'])
    const onUpload = studioVideoFromScenes(about, scenes, { sampleModel: false })
    expect(onUpload.steps.map((step) => step.highlight)).toEqual([null, null])
  })
})
