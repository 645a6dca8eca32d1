/**
 * Child process for tests/int/demo-seed.test.ts: seeds the demo into the test file's database
 * (DATABASE_URL, MEDIA_DIR from the parent) as `npm run dev` does, printing a line after every
 * document it creates so the test can kill it with -9 at a chosen point.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { seedDemo } from '../../src/lib/seed'

const payload = await getPayload({ config, cron: false })
const create = payload.create.bind(payload)
let created = 0
payload.create = (async (options: Parameters<typeof create>[0]) => {
  const doc = await create(options)
  console.log(`created #${++created} ${options.collection}`)
  return doc
}) as typeof payload.create
await seedDemo(payload)
process.exit(0)
