import { test } from '@playwright/test'
import { signInToTraining } from '../support/training'
test('debug', async ({ page }) => {
  const t0 = Date.now()
  await signInToTraining(page, { email: 'tess@lakeside.test', password: 'lakeside-trainer' })
  await page.waitForTimeout(3000)
  const pending = new Map<object, string>()
  page.on('request', (r) => pending.set(r, r.url()))
  page.on('requestfinished', (r) => pending.delete(r))
  page.on('requestfailed', (r) => pending.delete(r))
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Equipment' }).click()
  for (let i = 0; i < 6; i++) { await page.waitForTimeout(2000); console.log('PENDING', Date.now() - t0, [...pending.values()].join(' | ')) }
})
