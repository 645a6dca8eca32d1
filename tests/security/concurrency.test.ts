import { beforeAll, describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/api'
import { createTenant, PASSWORD, payload } from '../helpers/fixtures'
import { projectWithoutStoryboard } from '../helpers/projects'
import { firstOf } from './support/probes'
import { reportSecurity } from './support/summary'

/**
 * 50 clients at once on one project, each with its own session, through the real route handlers:
 * editing different scenes, editing the same scene, adding scenes (appended and inserted) and
 * deleting scenes (through the seed's route and Payload's REST). The rule (README, "Security
 * model"): a PATCH changes only the fields it sends, and when two clients send the same field the
 * write committed last wins, whole — nothing is merged, nothing is reported as a conflict.
 */

const CLIENTS = 50
const ROUNDS = 3
const EDITABLE = ['sceneTitle', 'sceneSummary', 'imagePrompt', 'negativePrompt', 'voiceoverText']

type Scene = { id: string; sceneNumber: number; updatedAt: string } & Record<string, unknown>
type Outcome = { label: string; status: number; text: string }

let project: string
const initial: Scene[] = []
const clients: ApiClient[] = []

beforeAll(async () => {
  const tenant = await createTenant('concurrency')
  project = await projectWithoutStoryboard(tenant, { name: 'Crowded', prompt: 'Fifty editors' })
  // 20 scenes edited one per client, 1 shared by ten clients, 10 to delete.
  for (let n = 1; n <= 31; n++) {
    const scene = await payload.create({
      collection: 'scenes',
      data: {
        project,
        sceneNumber: n,
        sceneTitle: `initial ${n}`,
        company: tenant.company.id,
        owner: tenant.admin.id,
      },
    })
    initial.push(scene as unknown as Scene)
  }
  // One session each (signed in one after another: a sign-in writes the user's session list).
  for (let i = 0; i < CLIENTS; i++)
    clients.push(await new ApiClient().signIn(tenant.admin.email, PASSWORD))
})

const outcomes: Outcome[] = []
const sameSceneWrites: Array<{ field: string; value: string; updatedAt: string }> = []
const added: string[] = []
const deleted: string[] = []

async function call(
  label: string,
  client: ApiClient,
  method: 'PATCH' | 'POST' | 'DELETE',
  path: string,
  json?: unknown,
) {
  const response = await client.request(method, path, json === undefined ? {} : { json })
  const text = await response.text()
  outcomes.push({ label, status: response.status, text })
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** What each client does, by its number. */
async function clientWork(i: number) {
  const client = clients[i]!
  const scenes = `/projects/${project}/scenes`
  if (i < 20) {
    // Different scenes: its own, several times; some also move theirs in the list.
    const scene = initial[i]!
    for (let round = 0; round < ROUNDS; round++) {
      const move = i < 5 && round === 1 ? { position: 1 + ((i * 7) % 15) } : {}
      await call(`edit own scene ${i}`, client, 'PATCH', `${scenes}/${scene.id}`, {
        sceneTitle: `own ${i} round ${round}`,
        ...move,
      })
    }
  } else if (i < 30) {
    // The same scene: two clients per field, each writing its own values.
    const shared = initial[20]!
    const field = EDITABLE[i % EDITABLE.length]!
    for (let round = 0; round < ROUNDS; round++) {
      const value = `client ${i} round ${round}`
      const { status, body } = await call(
        `edit shared scene ${i}`,
        client,
        'PATCH',
        `${scenes}/${shared.id}`,
        { [field]: value },
      )
      if (status === 200) sameSceneWrites.push({ field, value, updatedAt: body.doc.updatedAt })
    }
  } else if (i < 40) {
    // New scenes: appended, or inserted near the top.
    for (let k = 0; k < 2; k++) {
      const position = k === 1 ? { position: 1 + (i % 5) } : {}
      const { status, body } = await call(`add scene ${i}`, client, 'POST', scenes, {
        sceneTitle: `added ${i}-${k}`,
        ...position,
      })
      if (status === 201) added.push(body.doc.id)
    }
  } else {
    const victim = initial[21 + (i - 40)]!
    const { status } =
      i % 2 === 0
        ? await call(`delete scene ${i}`, client, 'DELETE', `${scenes}/${victim.id}`)
        : await call(`delete scene ${i} (REST)`, client, 'DELETE', `/scenes/${victim.id}`)
    if (status === 200) deleted.push(victim.id)
  }
}

describe('50 concurrent clients on one project', { timeout: 120_000 }, () => {
  const problems: string[] = []
  const serverErrors: string[] = []
  const lostUpdates: string[] = []
  let finished = false

  it('lose no scene and no update; numbers stay 1…n; the last write wins', async () => {
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => clientWork(i)))

    for (const { label, status, text } of outcomes) {
      if (status >= 500) serverErrors.push(`${label}: ${status} ${text.slice(0, 300)}`)
      else if (status >= 300) problems.push(`${label}: ${status} ${text.slice(0, 300)}`)
    }
    const final = (
      await payload.find({
        collection: 'scenes',
        where: { project: { equals: project } },
        sort: 'sceneNumber',
        pagination: false,
        depth: 0,
      })
    ).docs as unknown as Scene[]
    const ids = new Set(final.map((s) => s.id))

    // No lost scene, no ghost: the initial ones minus the deleted, plus the added.
    const expected = [...initial.map((s) => s.id).filter((id) => !deleted.includes(id)), ...added]
    for (const id of expected) if (!ids.has(id)) lostUpdates.push(`scene ${id} is missing`)
    for (const id of ids) if (!expected.includes(id)) lostUpdates.push(`scene ${id} came back`)
    expect(deleted).toHaveLength(10)
    expect(added).toHaveLength(20)

    // 1…n, no gaps, no duplicates.
    expect(final.map((s) => s.sceneNumber)).toEqual(final.map((_, index) => index + 1))

    // Different scenes: each client's last write is there.
    for (let i = 0; i < 20; i++) {
      const scene = final.find((s) => s.id === initial[i]!.id)
      const wanted = `own ${i} round ${ROUNDS - 1}`
      if (scene?.sceneTitle !== wanted)
        lostUpdates.push(`scene ${i}: "${String(scene?.sceneTitle)}" instead of "${wanted}"`)
    }
    // The same scene: for each field, the write committed last (writes to one scene are serial,
    // so the latest `updatedAt` is the last commit).
    const shared = final.find((s) => s.id === initial[20]!.id)!
    for (const field of EDITABLE) {
      const writes = sameSceneWrites
        .filter((w) => w.field === field)
        .sort((x, y) => x.updatedAt.localeCompare(y.updatedAt))
      const last = writes.at(-1)
      if (!last) lostUpdates.push(`shared scene: no write of ${field} succeeded`)
      else if (shared[field] !== last.value)
        lostUpdates.push(
          `shared scene ${field}: "${String(shared[field])}", last written "${last.value}"`,
        )
    }

    expect(serverErrors, firstOf(serverErrors)).toEqual([])
    expect(problems, firstOf(problems)).toEqual([])
    expect(lostUpdates, firstOf(lostUpdates)).toEqual([])
    finished = true
  })

  it('reports', (context) => {
    // Counts from a run that did not finish prove nothing.
    expect(finished, 'the concurrent run finished').toBe(true)
    reportSecurity(context, 'concurrency', {
      concurrentClients: CLIENTS,
      lostUpdates: lostUpdates.length,
      serverErrors: serverErrors.length,
    })
  })
})
