import { chromium } from '@playwright/test'
const [,, base, email, password, ...paths] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
if (email !== '-') {
  await page.goto(base + '/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(/projects/)
}
for (const p of paths) {
  await page.goto(base + p, { waitUntil: 'networkidle' })
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'root'
  await page.screenshot({ path: `/tmp/shots10/${name}.png`, fullPage: true })
  console.log('shot', p, page.url())
}
await browser.close()
