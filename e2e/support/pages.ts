import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

import { appLog, artifactsDir, e2ePorts } from '../server/settings'

type Impact = 'minor' | 'moderate' | 'serious' | 'critical'

/**
 * Every page a spec visits goes through here: axe finds no violation of the `impacts` given
 * (serious or critical unless told), and a full-page screenshot is kept in
 * e2e/artifacts/screenshots for people to look at. `include` limits axe to parts of the page.
 */
export async function checkPage(
  page: Page,
  name: string,
  options: { include?: string[]; impacts?: Impact[] } = {},
) {
  const impacts: Array<string | null | undefined> = options.impacts ?? ['serious', 'critical']
  await page.waitForLoadState('networkidle')
  let axe = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ])
  for (const selector of options.include ?? []) axe = axe.include(selector)
  const { violations } = await axe.analyze()
  const found = violations
    .filter((v) => impacts.includes(v.impact))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    )
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({
    path: path.join(artifactsDir, 'screenshots', `${name}.png`),
    fullPage: true,
  })
  expect(found, `axe on ${name}`).toEqual([])
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/projects$/)
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login$/)
}

/** The invitation link the app "emailed" (the development mailer writes emails to the server log). */
export async function invitationLinkFor(email: string): Promise<string> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const text = fs.readFileSync(appLog, 'utf8')
    const start = text.lastIndexOf(`Email to ${email}`)
    // Pino writes the message as JSON: the link ends at the escaped newline.
    const link = start >= 0 ? /Accept: ([^\s\\"]+)/.exec(text.slice(start))?.[1] : undefined
    if (link) return link
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no invitation email to ${email} in ${appLog}`)
}

/** Switches the storyboard stub between failing and working, and how late it answers. */
export async function storyboardProviderFails(failing: boolean, delayMs = 0) {
  const response = await fetch(`http://127.0.0.1:${e2ePorts.llm}/__control`, {
    method: 'POST',
    body: JSON.stringify({ failing, delayMs }),
  })
  expect(response.ok).toBe(true)
}

/** Makes the language model stub take `delayMs` for every answer (0: answer at once). */
export async function languageModelDelay(delayMs: number) {
  const response = await fetch(`http://127.0.0.1:${e2ePorts.llm}/__control`, {
    method: 'POST',
    body: JSON.stringify({ delayMs }),
  })
  expect(response.ok).toBe(true)
}

/** A new 15 s project from the "New project" form; resolves on its studio page. */
export async function createProject(page: Page, name: string, prompt: string) {
  await page.goto('/projects')
  await page.getByRole('button', { name: 'New project' }).click()
  const dialog = page.getByRole('dialog', { name: 'New project' })
  await dialog.getByLabel('Project name').fill(name)
  await dialog.getByLabel('Prompt').fill(prompt)
  await dialog.getByRole('radiogroup', { name: 'Target duration' }).getByText('15 s').click()
  await expect(dialog.getByRole('radio', { name: '15 s' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Create project' }).click()
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/)
  return page.url()
}
