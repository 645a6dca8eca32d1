import { expect, type Locator, type Page } from '@playwright/test'

import { checkPage } from './pages'

/**
 * axe on the whole admin page, Payload's own markup included (src/ui/admin/stockMarkup.ts and
 * custom.scss fix what Payload 3.90 leaves out), moderate findings too, and a full-page
 * screenshot.
 */
export async function checkAdminPage(page: Page, name: string) {
  await checkPage(page, `admin-${name}`, { impacts: ['moderate', 'serious', 'critical'] })
}

export async function adminSignIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/**
 * The `src` of a media element answers 200 with a content type of the expected kind. Fetched from
 * inside the page, as the browser loads it: Playwright's request context does not send the
 * session's Secure cookie over http.
 */
export async function expectLoadable(page: Page, media: Locator, type: RegExp) {
  await expect(media).toHaveAttribute('src', /.+/)
  const src = (await media.getAttribute('src'))!
  const response = await page.evaluate(async (url) => {
    const reply = await fetch(url, { credentials: 'same-origin' })
    await reply.body?.cancel()
    return { status: reply.status, type: reply.headers.get('content-type') ?? '' }
  }, src)
  expect(response.status, src).toBe(200)
  expect(response.type, src).toMatch(type)
}

/** Options a relationship picker offers (react-select), after opening it. */
export async function pickerOptions(page: Page, field: Locator): Promise<string[]> {
  await field.locator('.rs__control').click()
  const menu = page.locator('.rs__menu')
  await expect(menu).toBeVisible()
  await expect(menu.getByText('Loading...')).toHaveCount(0)
  const options = await menu.locator('.rs__option').allInnerTexts()
  await page.keyboard.press('Escape')
  return options
}
