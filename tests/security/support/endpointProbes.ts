import { ApiClient } from '../../helpers/api'
import { PASSWORD, payload } from '../../helpers/fixtures'
import { pngBytes } from '../../helpers/media'
import { endpointPolicy, type EndpointRow } from '../endpointPolicy'
import { allows } from './outcomes'
import type { Probe } from './probes'
import { nextToken } from './restProbes'
import { createTrainingVideo, personaNames, type PersonaName, type SecurityWorld } from './world'

const png = async (name: string) => ({
  data: await pngBytes('#445566', 16),
  mimetype: 'image/png',
  name,
  size: 0,
})

/** A new document of A's (owned by A1) for one destructive probe. */
async function freshOf(
  w: SecurityWorld,
  kind: NonNullable<EndpointRow['destructive']>,
  n: number,
): Promise<string> {
  const owned = { company: w.a.company.id, owner: w.a.member.id }
  const id = (doc: { id: string | number }) => String(doc.id)
  switch (kind) {
    case 'car-models':
      return id(
        await payload.create({ collection: 'car-models', data: { ...owned, name: `fresh-${n}` } }),
      )
    case 'car-variants':
      return id(
        await payload.create({
          collection: 'car-variants',
          data: { ...owned, model: w.docsA['car-models']!, year: 2019, trim: `fresh-${n}` },
        }),
      )
    case 'car-media':
      return id(
        await payload.create({
          collection: 'car-media',
          data: { ...owned, variant: w.docsA['car-variants']!, type: 'EXTERIOR' },
          file: await png('car.png'),
        }),
      )
    case 'training-equipment':
      return id(
        await payload.create({
          collection: 'training-equipment',
          data: { ...owned, name: `fresh-${n}` },
        }),
      )
    case 'equipment-files':
      return id(
        await payload.create({
          collection: 'equipment-files',
          data: { ...owned, equipment: w.docsA['training-equipment']!, fileType: 'image' },
          file: await png('photo.png'),
        }),
      )
    case 'company-assets':
      return id(
        await payload.create({
          collection: 'company-assets',
          data: { ...owned, type: 'LOGO' },
          file: await png('logo.png'),
        }),
      )
    case 'users':
      return id(
        await payload.create({
          collection: 'users',
          data: {
            email: `fresh-user-${n}@example.test`,
            password: PASSWORD,
            name: 'Fresh',
            role: 'MEMBER',
            company: w.a.company.id,
          },
        }),
      )
    case 'scenes':
      return id(
        await payload.create({
          collection: 'scenes',
          data: {
            ...owned,
            project: w.docsA.projects!,
            sceneNumber: 100 + n,
            sceneTitle: `fresh-${n}`,
          },
        }),
      )
    case 'training-video':
      return createTrainingVideo(w.a, w.a.member.id)
  }
}

const readersOf = (row: EndpointRow) => row.readers ?? 'company'

/** What `persona` must get from `row`: 2xx (or a documented refusal), 404 for a document they cannot see, else the refusal. */
function expected(row: EndpointRow, persona: PersonaName): (status: number) => string | undefined {
  if (allows(row.allowed, persona)) {
    return (status) =>
      (status >= 200 && status < 300) || row.allowStatuses?.includes(status)
        ? undefined
        : 'expected 2xx (allowed)'
  }
  if (persona !== 'anonymous' && !allows(readersOf(row), persona))
    return (status) => (status === 404 ? undefined : 'expected 404 (another company’s document)')
  const deny = row.deny ?? [401, 403, 404]
  return (status) => (deny.includes(status) ? undefined : `expected ${deny.join('/')} (refused)`)
}

/** A fresh session of `persona` (probes that sign out or sign in must not end the shared one). */
async function freshClient(w: SecurityWorld, persona: PersonaName) {
  if (persona === 'anonymous') return new ApiClient()
  const user = await payload.findByID({
    collection: 'users',
    id: w.personas[persona].userId!,
    depth: 0,
  })
  return new ApiClient().signIn(user.email, PASSWORD)
}

/** Every row of the endpoint table × every persona. */
export async function endpointProbes(w: SecurityWorld): Promise<Probe[]> {
  const probes: Probe[] = []
  for (const [key, row] of Object.entries(endpointPolicy)) {
    const [method, route] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string]
    for (const persona of personaNames) {
      const n = nextToken()
      const fresh =
        row.destructive && allows(row.allowed, persona)
          ? await freshOf(w, row.destructive, n)
          : undefined
      const request = row.request(w, n, fresh)
      const status = expected(row, persona)
      probes.push({
        label: key,
        persona,
        method,
        path: request.path ?? route,
        json: request.json,
        form: request.form,
        headers: request.headers,
        client: row.freshSession ? () => freshClient(w, persona) : undefined,
        check: (r) => status(r.status),
      })
    }
  }
  return probes
}
