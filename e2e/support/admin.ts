import { expect, type Locator, type Page } from '@playwright/test'

import { checkPage } from './pages'

/** Our components inside Payload's admin panel: what axe checks there (Payload's own UI is Payload's). */
const ourComponents = ['.reel-panel', '.reel-filters', '.reel-dashboard']

/** axe on the admin's custom components that are on the page, and a full-page screenshot. */
export async function checkAdminPage(page: Page, name: string) {
  const present: string[] = []
  for (const selector of ourComponents)
    if ((await page.locator(selector).count()) > 0) present.push(selector)
  await checkPage(page, `admin-${name}`, { include: present.length ? present : ['body'] })
}

export async function adminSignIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

/** The `src` of a media element answers 200 with a content type of the expected kind. */
export async function expectLoadable(page: Page, media: Locator, type: RegExp) {
  await expect(media).toHaveAttribute('src', /.+/)
  const src = (await media.getAttribute('src'))!
  const response = await page.request.get(new URL(src, page.url()).toString())
  expect(response.status(), src).toBe(200)
  expect(response.headers()['content-type'], src).toMatch(type)
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
