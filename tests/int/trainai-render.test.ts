import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { asJson } from '../helpers/api'
import { createTenant, payload } from '../helpers/fixtures'
import { withEnv } from '../helpers/env'
import { drainJobs } from '../helpers/jobs'
import { formWith, frameStats, pngBytes } from '../helpers/media'
import { startStub } from '../helpers/stubs/server'
import { probe } from '../../src/lib/media/probe'
import { renderManualPdf } from '../../plugins/training/services/manualPdf'
import { searchManuals } from '../../plugins/training/services/searchManuals'
import { NARRATION_PADDING } from '../../plugins/training/tasks/renderTraining'

const mediaDir = () => process.env.MEDIA_DIR!

describe('TrainAI generation', () => {
  it('renders a narrated MP4 offline: espeak voiceover, step cards, subtitles, status → completed', async () => {
    const { memberApi, adminApi } = await createTenant('render')
    const video = await asJson(
      await memberApi.post('/videos', {
        json: { prompt: 'Replace the door gasket', equipment_model: 'Rational SCC 101' },
      }),
    )
    await memberApi.patch(`/scenes/${video.scenes[0].id}`, {
      json: { voiceover_text: 'Switch the oven off and let it cool down.' },
    })

    const versions = () =>
      payload.countVersions({
        collection: 'scenes',
        where: { parent: { equals: video.scenes[0].id } },
      })
    const versionsBefore = (await versions()).totalDocs
    const started = await memberApi.post(`/videos/${video.id}/generate`)
    expect(started.status).toBe(202)
    const { job_id: jobId, video: queued } = await asJson(started)
    expect(jobId).toBeTruthy()
    expect(queued.status).toBe('processing')
    // Asking again while it is queued answers the same job instead of rendering twice.
    expect((await asJson(await adminApi.post(`/videos/${video.id}/generate`))).job_id).toBe(jobId)

    await drainJobs()
    const done = await asJson(await memberApi.get(`/videos/${video.id}`))
    expect(done.status).toBe('completed')
    expect(done.video_url).toBeTruthy()
    expect(done.failure_reason).toBeNull()
    const final = path.join(mediaDir(), `projects/${video.id}/final/video.mp4`)
    const media = await probe(final)
    expect(media.hasAudio).toBe(true)
    expect(media.hasVideo).toBe(true)
    // Each scene lasts its narration plus padding, and the film is their sum.
    const durations = done.scenes.map((s: { duration: number }) => s.duration)
    expect(durations.every((d: number) => d > NARRATION_PADDING + 0.5)).toBe(true)
    const total = durations.reduce((sum: number, d: number) => sum + d, 0)
    expect(Math.abs(media.durationSeconds! - total)).toBeLessThanOrEqual(0.25)

    const status = await asJson(await memberApi.get(`/projects/${video.id}/status`))
    expect(status).toMatchObject({ stage: 'COMPLETED', progress: 100 })
    // The job's progress reports are not edits: the scene's text history has no new versions.
    expect((await versions()).totalDocs).toBe(versionsBefore)

    // The WebVTT sidecar follows the scenes' timing.
    const vtt = await memberApi.get(`/videos/${video.id}/subtitles.vtt`)
    expect(vtt.status).toBe(200)
    expect(vtt.headers.get('content-type')).toMatch(/text\/vtt/)
    const text = await vtt.text()
    expect(text.startsWith('WEBVTT')).toBe(true)
    expect(text).toContain('Switch the oven off and let it cool down.')
    const lastEnd = [...text.matchAll(/--> (\d\d):(\d\d):(\d\d\.\d{3})/g)].at(-1)!
    expect(
      Math.abs(Number(lastEnd[1]) * 3600 + Number(lastEnd[2]) * 60 + Number(lastEnd[3]) - total),
    ).toBeLessThan(0.01)
    expect(done.subtitles_url).toBe(`/api/videos/${video.id}/subtitles.vtt`)
    const other = await createTenant('render-other')
    expect((await other.adminApi.get(`/videos/${video.id}/subtitles.vtt`)).status).toBe(404)
    expect((await other.adminApi.post(`/videos/${video.id}/generate`)).status).toBe(404)
    const [listed] = (await asJson(await memberApi.get('/videos?status=completed'))).videos
    expect(listed).toMatchObject({ id: video.id, stage: 'COMPLETED', thumbnail_url: null })
    expect(Math.abs(listed.duration - total)).toBeLessThanOrEqual(0.25)
    // Each scene's narration can be heard on its own: its rendered clip.
    expect(done.scenes.every((s: { narration_url: string | null }) => s.narration_url)).toBe(true)
    expect(
      (await memberApi.get(done.scenes[0].narration_url.replace(/^\/api/, ''))).headers.get(
        'content-type',
      ),
    ).toMatch(/video\/mp4/)

    // One clip per scene, at the seed's key for scene videos.
    const clips = await payload.find({
      collection: 'generated-videos',
      where: { project: { equals: video.id } },
      depth: 0,
    })
    expect(clips.docs.map((c) => c.prefix).sort()).toEqual(
      done.scenes.map((s: { id: string }) => `projects/${video.id}/scenes/${s.id}/videos`).sort(),
    )
    expect(clips.totalDocs).toBe(done.scenes.length)
  })

  it('uses the scene screenshot, else the equipment photo, and refuses to render scenes without text', async () => {
    const { memberApi } = await createTenant('visual')
    const equipment = await asJson(
      await memberApi.post('/equipment', { json: { name: 'Combi oven' } }),
    )
    await memberApi.post(`/equipment/${equipment.id}/files`, {
      form: formWith(
        {},
        { bytes: await pngBytes('#ff0000', 320), name: 'oven.png', type: 'image/png' },
      ),
    })
    const video = await asJson(
      await memberApi.post('/videos', {
        json: { prompt: 'Clean the fan', equipment_id: equipment.id },
      }),
    )

    await payload.update({
      collection: 'scenes',
      id: video.scenes[1].id,
      data: { voiceoverText: '' },
    })
    const refused = await memberApi.post(`/videos/${video.id}/generate`)
    expect(refused.status).toBe(400)
    expect((await asJson(refused)).errors[0].message).toBe('Scene 2 has no voiceover text.')
    await payload.update({
      collection: 'scenes',
      id: video.scenes[1].id,
      data: { voiceoverText: 'Remove the fan cover.' },
    })

    // Scene 2 gets a screenshot (an upload to the video's project, selected as its image).
    const upload = (
      await asJson(
        await memberApi.post(`/projects/${video.id}/uploads`, {
          form: formWith({}, { bytes: await pngBytes('#0000ff', 320), name: 'screen.png' }),
        }),
      )
    ).doc
    expect(
      (
        await memberApi.post('/generate-image', {
          json: { sceneId: video.scenes[1].id, customImageId: upload.id },
        })
      ).status,
    ).toBe(202)
    await drainJobs()
    const withScreenshot = (await asJson(await memberApi.get(`/videos/${video.id}/scenes`))).scenes
    expect(withScreenshot[1].screenshot_url).toBeTruthy()
    expect(withScreenshot[0].screenshot_url).toBeNull()

    expect((await memberApi.post(`/videos/${video.id}/generate`)).status).toBe(202)
    await drainJobs()
    const done = await asJson(await memberApi.get(`/videos/${video.id}`))
    expect(done.status).toBe('completed')
    const final = path.join(mediaDir(), `projects/${video.id}/final/video.mp4`)
    // Scene 1 shows the red equipment photo (not a step card), scene 2 its blue screenshot.
    const first = await frameStats(final, 1)
    expect(first.channels[0]!.mean).toBeGreaterThan(180)
    expect(first.channels[2]!.mean).toBeLessThan(60)
    const second = await frameStats(final, done.scenes[0].duration + 0.5)
    expect(second.channels[2]!.mean).toBeGreaterThan(180)
    expect(second.channels[0]!.mean).toBeLessThan(60)
  })

  it('burns the subtitles into the picture when asked', async () => {
    const { memberApi } = await createTenant('burn')
    const video = await asJson(
      await memberApi.post('/videos', { json: { prompt: 'Replace the door gasket' } }),
    )
    expect(
      (await memberApi.post(`/videos/${video.id}/generate`, { json: { burn_subtitles: 'yes' } }))
        .status,
    ).toBe(400)
    expect(
      (await memberApi.post(`/videos/${video.id}/generate`, { json: { burn_subtitles: false } }))
        .status,
    ).toBe(202)
    await drainJobs()
    const final = path.join(mediaDir(), `projects/${video.id}/final/video.mp4`)
    const plain = await frameStats(final, 1, 0.08)
    expect(
      (await memberApi.post(`/videos/${video.id}/generate`, { json: { burn_subtitles: true } }))
        .status,
    ).toBe(202)
    await drainJobs()
    const burned = await frameStats(final, 1, 0.08)
    // The step card's bottom strip is dark; burned-in captions put white text there.
    expect(Math.max(...plain.channels.map((c) => c.max))).toBeLessThan(120)
    expect(Math.max(...burned.channels.map((c) => c.max))).toBeGreaterThan(200)
    expect((await asJson(await memberApi.get(`/videos/${video.id}`))).status).toBe('completed')
  })

  it('marks the video failed with a readable reason when the speech provider cannot be used', async () => {
    const { memberApi } = await createTenant('failing')
    const video = await asJson(
      await memberApi.post('/videos', { json: { prompt: 'Replace the door' } }),
    )
    // An OpenAI-compatible speech endpoint that answers with something that is not audio.
    const stub = await startStub(() => ({
      status: 200,
      headers: { 'content-type': 'audio/wav' },
      body: Buffer.from('not a wav file'),
    }))
    try {
      await withEnv(
        { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: `${stub.base}/v1` },
        async () => {
          expect((await memberApi.post(`/videos/${video.id}/generate`)).status).toBe(202)
          await drainJobs()
        },
      )
    } finally {
      await stub.close()
    }
    expect(stub.requests.some((r) => r.path === '/v1/audio/speech')).toBe(true)
    const failed = await asJson(await memberApi.get(`/videos/${video.id}`))
    expect(failed).toMatchObject({ status: 'failed', video_url: null })
    expect(failed.failure_reason).toMatch(/readable WAV/)
    // The step it failed on carries the reason as well.
    const status = await asJson(await memberApi.get(`/projects/${video.id}/status`))
    expect(status.scenes[0]).toMatchObject({
      status: 'FAILED',
      failureReason: expect.stringMatching(/readable WAV/),
    })
    expect(
      (await asJson(await memberApi.get('/videos?status=failed'))).videos.map(
        (v: { id: string }) => v.id,
      ),
    ).toEqual([video.id])

    // A narration longer than a scene may last fails with a reason that says what to do.
    await memberApi.patch(`/scenes/${video.scenes[0].id}`, {
      json: {
        voiceover_text: 'Check every screw of the door hinge and the gasket carefully. '.repeat(24),
      },
    })
    expect((await memberApi.post(`/videos/${video.id}/generate`)).status).toBe(202)
    await drainJobs()
    const tooLong = await asJson(await memberApi.get(`/videos/${video.id}`))
    expect(tooLong.status).toBe('failed')
    expect(tooLong.failure_reason).toMatch(
      /Scene 1's narration runs \d+ s; a scene lasts at most 60 s/,
    )
    await memberApi.patch(`/scenes/${video.scenes[0].id}`, {
      json: { voiceover_text: 'Switch the oven off.' },
    })

    // Offline again, a retry by the user completes it.
    expect((await memberApi.post(`/videos/${video.id}/generate`)).status).toBe(202)
    await drainJobs()
    expect((await asJson(await memberApi.get(`/videos/${video.id}`))).status).toBe('completed')
  })

  it('re-indexes a replaced manual and drops a deleted one from search', async () => {
    const { memberApi, company } = await createTenant('reindex')
    const equipment = await asJson(
      await memberApi.post('/equipment', { json: { name: 'Blast chiller' } }),
    )
    const first = await renderManualPdf('Chiller', ['Defrost the evaporator coil every week.'])
    const file = await asJson(
      await memberApi.post(`/equipment/${equipment.id}/files`, {
        form: formWith({ file_type: 'manual' }, { bytes: first, name: 'v1.pdf' }),
      }),
    )
    await drainJobs()
    const search = (query: string) =>
      searchManuals(payload, { companyId: company.id, equipmentId: equipment.id, query })
    expect((await search('evaporator')).map((h) => h.page)).toEqual([1])

    // Replacing the file through Payload's REST API (admin panel) re-extracts it.
    const second = await renderManualPdf('Chiller', [
      'Intro page.',
      'Replace the condenser fan belt yearly.',
    ])
    const replaced = await memberApi.patch(`/equipment-files/${file.id}`, {
      form: formWith(
        { _payload: '{}' },
        { bytes: second, name: 'v2.pdf', type: 'application/pdf' },
      ),
    })
    expect(replaced.status).toBe(200)
    expect((await asJson(replaced)).doc.extractionStatus).toBe('pending')
    await drainJobs()
    expect(await search('evaporator')).toEqual([])
    expect((await search('condenser')).map((h) => h.page)).toEqual([2])
    expect(
      (await payload.findByID({ collection: 'equipment-files', id: file.id })).extractionStatus,
    ).toBe('done')

    expect((await memberApi.delete(`/equipment/files/${file.id}`)).status).toBe(200)
    expect(await search('condenser')).toEqual([])
    expect(
      fs.existsSync(
        path.join(
          mediaDir(),
          `companies/${company.id}/equipment/${equipment.id}/manuals/${file.id}.pdf`,
        ),
      ),
    ).toBe(false)
  })
})

describe('TrainAI scripts from an OpenAI-compatible chat API', () => {
  it('sends the retrieved manual passages and records the pages the model cites', async () => {
    const { memberApi } = await createTenant('llm')
    const equipment = await asJson(
      await memberApi.post('/equipment', { json: { name: 'Rational SCC 101' } }),
    )
    const manual = await renderManualPdf('SCC 101', [
      'Cover page.',
      'Remove the four Torx T20 screws of the hinge cover.',
      'Tighten the hinge bolts to 12 Nm.',
    ])
    const file = await asJson(
      await memberApi.post(`/equipment/${equipment.id}/files`, {
        form: formWith({}, { bytes: manual, name: 'manual.pdf' }),
      }),
    )
    await drainJobs()
    const answers = [
      '{"scenes": []}', // invalid (fewer than 3 scenes): repaired once
      JSON.stringify({
        title: 'Replacing the door',
        scenes: [
          { voiceover_text: 'Isolate the oven.', sources: [] },
          { voiceover_text: 'Remove the four Torx T20 screws.', sources: [1] },
          { voiceover_text: 'Tighten the hinge bolts to 12 Nm.', sources: [2, 99] },
        ],
      }),
    ]
    const stub = await startStub(() => ({
      json: {
        id: 'c1',
        object: 'chat.completion',
        created: 1,
        model: 'stub',
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            message: { role: 'assistant', content: answers.shift() },
          },
        ],
      },
    }))
    let video: { title: string; scenes: Array<{ voiceover_text: string; sources: unknown[] }> }
    try {
      video = await withEnv(
        { OPENAI_API_KEY: 'sk-test', LLM_BASE_URL: `${stub.base}/v1` },
        async () =>
          asJson(
            await memberApi.post('/videos', {
              json: {
                prompt: 'Door replacement: hinge screws and bolts',
                equipment_id: equipment.id,
              },
            }),
          ),
      )
    } finally {
      await stub.close()
    }
    expect(stub.requests).toHaveLength(2)
    const sent = JSON.parse(stub.requests[0]!.body).messages[1].content as string
    const passages = [...sent.matchAll(/\[(\d)\] \(manual\.pdf, page (\d)\) (.*)/g)].map((m) => ({
      n: Number(m[1]),
      page: Number(m[2]),
      text: m[3],
    }))
    expect(passages.length).toBeGreaterThanOrEqual(2)
    const pageOf = (n: number) => passages.find((p) => p.n === n)!.page
    expect(video.title).toBe('Replacing the door')
    expect(video.scenes.map((s) => s.voiceover_text)).toEqual([
      'Isolate the oven.',
      'Remove the four Torx T20 screws.',
      'Tighten the hinge bolts to 12 Nm.',
    ])
    expect(video.scenes[1]!.sources).toEqual([{ file_id: file.id, page: pageOf(1) }])
    // A passage number the model made up (99) cites nothing.
    expect(video.scenes[2]!.sources).toEqual([{ file_id: file.id, page: pageOf(2) }])

    // The model's failure answers 502 with the reason, and stores nothing.
    const down = await startStub(() => ({
      status: 500,
      json: { error: { message: 'overloaded', type: 'server_error' } },
    }))
    const before = (await payload.count({ collection: 'projects' })).totalDocs
    try {
      const res = await withEnv(
        { OPENAI_API_KEY: 'sk-test', LLM_BASE_URL: `${down.base}/v1` },
        () => memberApi.post('/videos', { json: { prompt: 'Door replacement' } }),
      )
      expect(res.status).toBe(502)
      expect((await asJson(res)).errors[0].message).toMatch(
        /The script could not be written: .*HTTP 500/,
      )
    } finally {
      await down.close()
    }
    expect((await payload.count({ collection: 'projects' })).totalDocs).toBe(before)
  })
})
