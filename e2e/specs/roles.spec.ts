import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { checkPage, createProject, signIn, signOut } from '../support/pages'

test('an ADMIN manages brand, cars and team; a MEMBER sees no ADMIN-only controls', async ({ page }) => {
  await signIn(page, e2eAccounts.admin)
  await createProject(page, 'Admin teaser', 'Night city lights on a glass-roof coupe')
  await expect(page.getByRole('button', { name: 'Generate all images' })).toBeVisible()
  const projectUrl = page.url()

  await page.goto('/brand')
  await expect(page.getByRole('button', { name: 'Add asset' })).toBeVisible()
  await expect(page.getByRole('list', { name: /colours/ })).toContainText('#FCA311')
  await checkPage(page, 'brand-admin')
  await page.goto('/cars')
  await expect(page.getByRole('button', { name: 'Add car model' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Aurora 2026 GT exterior/ })).toBeVisible()
  await checkPage(page, 'cars-admin')
  await signOut(page)

  await signIn(page, e2eAccounts.member)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Projects' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Team' })).toHaveCount(0)
  await page.goto('/team')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.goto('/brand')
  await expect(page.getByRole('heading', { name: 'Brand' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add asset' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0)
  await checkPage(page, 'brand-member')
  await page.goto('/cars')
  await expect(page.getByRole('heading', { name: 'Aurora' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add car model' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^(Add variant|Upload media|Delete)/ })).toHaveCount(0)
  await checkPage(page, 'cars-member')

  // The ADMIN's project: visible to the company, but not the MEMBER's to change.
  await page.goto(projectUrl)
  await expect(page.getByRole('heading', { name: 'Admin teaser' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Scenes' }).getByRole('region')).toHaveCount(3)
  for (const name of ['Generate all images', 'Generate all clips', 'Add scene', 'Stitch', 'Generate image', 'Delete Scene 1']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0)
  }
  await checkPage(page, 'project-member-view')
})

test("another company's project address shows not-found", async ({ page }) => {
  await signIn(page, e2eAccounts.admin)
  const projectUrl = await createProject(page, 'Private launch', 'A teaser nobody outside Northwind may see')
  await signOut(page)

  await signIn(page, e2eAccounts.rival)
  await page.goto(projectUrl)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByText('Private launch')).toHaveCount(0)
  await checkPage(page, 'not-found')
  // Nor does the API tell it exists.
  expect((await page.request.get(`/api/projects/${projectUrl.split('/').pop()}/status`)).status()).toBe(404)
})
