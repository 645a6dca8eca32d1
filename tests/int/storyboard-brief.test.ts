import { afterEach, describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { withEnv } from '../helpers/env'
import { createTenant, payload } from '../helpers/fixtures'
import { drainJobs } from '../helpers/jobs'
import { startStub } from '../helpers/stubs/server'

let stub: Awaited<ReturnType<typeof startStub>> | undefined
afterEach(async () => stub?.close())

/** A Lexical document with a heading and paragraphs, as the admin's rich text editor saves it. */
const richText = (heading: string, ...paragraphs: string[]) => {
  const text = (value: string) => ({
    type: 'text',
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const block = (type: string, value: string, extra: Record<string, unknown> = {}) => ({
    type,
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [text(value)],
    ...extra,
  })
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        block('heading', heading, { tag: 'h2' }),
        ...paragraphs.map((p) => block('paragraph', p, { textFormat: 0 })),
      ],
    },
  }
}

/** OpenAI's chat completions protocol: a valid 15 s storyboard, whatever is asked. */
const storyboardModel = () =>
  startStub(() => ({
    json: {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'stub',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: {
            role: 'assistant',
            content: JSON.stringify({
              characterDescription: 'a coupé',
              scenes: [5, 5, 5].map((d, i) => ({
                sceneTitle: `Scene ${i + 1}`,
                sceneSummary: 's',
                imagePrompt: 'p',
                suggestedDuration: d,
              })),
            }),
          },
        },
      ],
    },
  }))

describe('rich text reaches the storyboard writer', () => {
  it("sends the project's brief and the published brand guidelines (not a newer draft) as plain text", async () => {
    stub = await storyboardModel()
    const { adminApi } = await createTenant()
    const published = await adminApi.post('/brand-guidelines', {
      json: {
        guidelines: richText('Tone', 'Calm and confident. Never say "cheap".'),
        _status: 'published',
      },
    })
    expect(published.status).toBe(201)
    const guidelinesId = (await asJson(published)).doc.id
    // An autosaved draft the ADMIN is still writing: not the company's guidelines yet.
    const draft = await adminApi.patch(
      `/brand-guidelines/${guidelinesId}?draft=true&autosave=true`,
      {
        json: { guidelines: richText('Tone', 'Loud and cheap, half-written.') },
      },
    )
    expect(draft.status).toBe(200)

    const created = await adminApi.post('/projects', {
      json: {
        name: 'Harbour teaser',
        prompt: 'A coupé at dusk',
        targetDuration: 15,
        brief: richText(
          'Audience',
          'First-time buyers in coastal towns.',
          'Show the folding roof in the last shot.',
        ),
      },
    })
    expect(created.status).toBe(201)
    await withEnv({ OPENROUTER_API_KEY: 'sk-test', LLM_BASE_URL: `${stub.base}/v1` }, drainJobs)

    const project = await payload.findByID({
      collection: 'projects',
      id: (await asJson(created)).doc.id,
      depth: 0,
    })
    expect(project.status).toBe('SCENE_GENERATION')
    const sent = JSON.parse(stub.requests[0]!.body) as {
      messages: Array<{ role: string; content: string }>
    }
    const system = sent.messages.find((m) => m.role === 'system')!.content
    const user = sent.messages.find((m) => m.role === 'user')!.content
    expect(user).toBe(
      'A coupé at dusk\n\nBrief:\nAudience\n\nFirst-time buyers in coastal towns.\n\nShow the folding roof in the last shot.',
    )
    expect(system).toContain('Tone\n\nCalm and confident. Never say "cheap".')
    expect(system).not.toContain('half-written')
  })
})
