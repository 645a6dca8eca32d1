import { describe, expect, it } from 'vitest'

import {
  createOfflineScriptWriter,
  scriptTitle,
  taskTypeFromPrompt,
} from '../../plugins/training/services/script'
import { citedSnippet } from '../../plugins/training/services/snippet'
import { wavDurationSeconds } from '../../src/lib/media/wavDuration'
import { createEspeakSynthesizer } from '../../src/lib/providers/local/speechSynthesizer'

const fileId = '00000000-0000-4000-8000-000000000001'
const passages = [
  {
    fileId,
    page: 2,
    text: 'Step 3. Remove the four Torx T20 hinge cover screws. Lift the door off the hinge pins (part no. 20.01.123).',
  },
  {
    fileId,
    page: 1,
    text: 'Isolate the power at the main switch before any work. Allow the cooking cabinet to cool below 40 °C.',
  },
  {
    fileId,
    page: 3,
    text: 'Fit the new door seal. Tighten the hinge screws to 4 Nm. Run a short steam cycle and check for leaks.',
  },
]

describe('offline script writer', () => {
  it('builds 3–5 scenes from the manual, keeping its facts and citing pages in manual order', async () => {
    const script = await createOfflineScriptWriter().writeScript({
      prompt: 'How do I replace the door?',
      equipmentModel: 'Rational SCC 101',
      passages,
    })
    expect(script.title).toBe('Door Replacement — Rational SCC 101')
    expect(script.generic).toBe(false)
    expect(script.scenes.length).toBeGreaterThanOrEqual(3)
    expect(script.scenes.length).toBeLessThanOrEqual(5)
    expect(script.scenes.map((s) => s.sequence_order)).toEqual(script.scenes.map((_, i) => i + 1))
    const all = script.scenes.map((s) => s.voiceover_text).join(' ')
    expect(all).toContain('Torx T20')
    expect(all).toContain('4 Nm')
    expect(script.scenes[0].sources).toEqual([{ fileId, page: 1 }])
    const torxScene = script.scenes.find((s) => s.voiceover_text.includes('Torx T20'))
    expect(torxScene?.sources).toContainEqual({ fileId, page: 2 })
  })

  it('falls back to a generic, safety-first procedure when there are no passages', async () => {
    const script = await createOfflineScriptWriter().writeScript({
      prompt: 'Replace the fan motor',
      passages: [],
    })
    expect(script.generic).toBe(true)
    expect(script.title).toBe('Fan Motor Replacement')
    expect(script.scenes[0].voiceover_text).toMatch(/isolate the power/i)
    expect(script.scenes.every((s) => s.sources.length === 0)).toBe(true)
    expect(scriptTitle({ prompt: 'Clean the oven', taskType: 'daily cleaning' })).toBe(
      'Daily Cleaning',
    )
  })

  it('names the task a prompt asks for, as a verb or as a noun (the new-video form suggests it)', () => {
    expect(taskTypeFromPrompt('How do I replace the door?')).toBe('Door Replacement')
    expect(taskTypeFromPrompt('Door gasket replacement on a Rational SCC 101')).toBe(
      'Door Gasket Replacement',
    )
    expect(taskTypeFromPrompt('Descale the steam generator')).toBe('Steam Generator Descaling')
    expect(taskTypeFromPrompt('Something is wrong with it')).toBeUndefined()
  })
})

describe('espeak-ng synthesizer', () => {
  it('returns a WAV whose header duration is plausible for the text', async () => {
    const audio = await createEspeakSynthesizer().synthesize({
      text: 'Remove the four Torx T20 hinge cover screws and tighten them to 4 Nm.',
    })
    expect(audio.mimeType).toBe('audio/wav')
    expect(audio.data.toString('ascii', 0, 4)).toBe('RIFF')
    expect(audio.data.toString('ascii', 8, 12)).toBe('WAVE')
    expect(audio.durationSeconds).toBe(wavDurationSeconds(audio.data))
    expect(audio.durationSeconds).toBeGreaterThan(1.5)
    expect(audio.durationSeconds).toBeLessThan(12)
  })

  it('refuses empty text', async () => {
    await expect(createEspeakSynthesizer().synthesize({ text: '   ' })).rejects.toThrow(
      /Nothing to speak/,
    )
  })
})

describe('manual page text', () => {
  it('drops page numbers and running headers/footers but keeps the content', async () => {
    const { withoutPageFurniture, pdfPageTexts } =
      await import('../../plugins/training/services/pdf')
    expect(
      withoutPageFurniture([
        'SCC 101 Service manual\nRemove the cover.\nPage 1 of 3',
        'SCC 101 Service manual\nLift the door.\n2',
        'SCC 101 Service manual\nTighten to 12 Nm.\nPage 3',
      ]),
    ).toEqual(['Remove the cover.', 'Lift the door.', 'Tighten to 12 Nm.'])
    // One page: nothing counts as repeated.
    expect(withoutPageFurniture(['Safety first\nSwitch it off.'])).toEqual([
      'Safety first Switch it off.',
    ])
    const { renderManualPdf } = await import('../../plugins/training/services/manualPdf')
    expect(
      await pdfPageTexts(
        new Uint8Array(await renderManualPdf('Oven manual', ['Open the door.', 'Close the door.'])),
      ),
    ).toEqual(['Open the door.', 'Close the door.'])
  })
})

describe('manual search query from a prompt', () => {
  it('matches any meaningful word, never building operators from the prompt', async () => {
    const { anyWordQuery } = await import('../../plugins/training/services/writeScenes')
    expect(anyWordQuery('How do I replace the door or the hinge on a Rational SCC-101?')).toBe(
      'replace or door or hinge or rational or scc or 101',
    )
    expect(anyWordQuery('-- "" ?')).toBe('')
  })
})

describe('cited passage of a manual page', () => {
  const page =
    'Door replacement. Open the door to 90 degrees and support it. Remove the four Torx T20 screws of the upper hinge cover. Lift the door off both hinge pins.'

  it('is the sentence the narration draws on (numbers count), with what follows while it fits', () => {
    expect(citedSnippet(page, 'Take out the four T20 screws holding the hinge cover.', 200)).toBe(
      'Remove the four Torx T20 screws of the upper hinge cover. Lift the door off both hinge pins.',
    )
    expect(citedSnippet(page, 'Nothing in common here.', 70)).toBe(
      'Door replacement. Open the door to 90 degrees and support it.',
    )
  })

  it('is cut at a word when a sentence is longer than allowed', () => {
    const snippet = citedSnippet(
      'Remove the four Torx T20 screws of the upper hinge cover and keep them safe.',
      'Torx screws',
      40,
    )
    expect(snippet.length).toBeLessThanOrEqual(40)
    expect(snippet).toBe('Remove the four Torx T20 screws of the…')
    expect(citedSnippet('', 'anything')).toBe('')
  })
})
