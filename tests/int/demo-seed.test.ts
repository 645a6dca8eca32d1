import { describe, expect, it } from 'vitest'

import { ApiClient, asJson } from '../helpers/api'
import { payload } from '../helpers/fixtures'
import { seedDemo } from '../../src/lib/seed'
import { demoAccounts } from '../../src/lib/seed/demoAccounts'

describe('demo data', () => {
  it('gives demo@trainai.com equipment with an indexed manual and one completed video, once', async () => {
    expect(await seedDemo(payload)).toBe(true)
    expect(await seedDemo(payload)).toBe(false)

    const demo = await new ApiClient().signIn(demoAccounts.trainai.email, demoAccounts.trainai.password)
    const { equipment } = await asJson(await demo.get('/equipment'))
    expect(equipment.map((e: { name: string }) => e.name)).toEqual(['Rational SCC 101'])
    const detail = await asJson(await demo.get(`/equipment/${equipment[0].id}`))
    expect(detail.files.map((f: { file_type: string; extraction_status: string | null }) => [f.file_type, f.extraction_status]).sort()).toEqual([
      ['image', null],
      ['manual', 'done'],
    ])

    const { videos } = await asJson(await demo.get('/videos'))
    expect(videos).toHaveLength(1)
    expect(videos[0]).toMatchObject({ status: 'completed', title: 'Door Replacement — Rational SCC 101' })
    expect(videos[0].video_url).toBeTruthy()
    const video = await asJson(await demo.get(`/videos/${videos[0].id}`))
    expect(video.scenes.map((s: { voiceover_text: string }) => s.voiceover_text).join(' ')).toContain('Torx T20')
    // Rendered, and still citing the manual pages they came from.
    expect(video.scenes.every((s: { duration: number | null }) => (s.duration ?? 0) > 1)).toBe(true)
    expect(video.scenes.some((s: { sources: Array<{ page: number }> }) => s.sources.some((source) => source.page === 2))).toBe(true)

    // The studio's people see none of it.
    const studio = await new ApiClient().signIn(demoAccounts.studioAdmin.email, demoAccounts.studioAdmin.password)
    expect((await asJson(await studio.get('/videos'))).videos).toEqual([])
    expect((await studio.get(`/videos/${videos[0].id}`)).status).toBe(404)
  })
})
