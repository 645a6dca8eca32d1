import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { checkPage, createProject, signIn, signOut } from '../support/pages'

/** A 64×36 PNG (a blue frame), as a user's own picture. */
const samplePng =
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAkCAIAAAC2bqvFAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAaElEQVR4nO2SQQkAQRDDaqSWTn/krIf7hIFCBKSh6cdpoht0A9ArdhfiLtENugHoFbsLcZfoBt0A9IrdhbhLdINuAHrF7kLcJbpBNwC9Ynch7hLdoBuAXrG7EHeJbtANQK/YXQg95G8edblbprhltGIAAAAASUVORK5CYII='

test('an ADMIN manages brand, cars and team; a MEMBER sees no ADMIN-only controls', async ({
  page,
}) => {
  await signIn(page, e2eAccounts.admin)
  await createProject(page, 'Admin teaser', 'Night city lights on a glass-roof coupe')
  await expect(page.getByRole('button', { name: 'Generate all images' })).toBeVisible()
  const projectUrl = page.url()

  // The storyboard is the ADMIN's to shape: add a scene, move it up, give it a picture, delete it.
  const scenes = page.getByRole('list', { name: 'Scenes' }).getByRole('region')
  await expect(scenes).toHaveCount(3)
  await page.getByRole('button', { name: 'Add scene' }).click()
  await expect(scenes).toHaveCount(4)
  await expect(page.getByRole('region', { name: 'Scene 4' }).getByLabel('Title')).toHaveValue(
    'New scene',
  )
  await page.getByRole('button', { name: 'Move Scene 4 up' }).click()
  await expect(page.getByRole('region', { name: 'Scene 3' }).getByLabel('Title')).toHaveValue(
    'New scene',
  )
  await expect(page.getByRole('region', { name: 'Scene 4' }).getByLabel('Title')).toHaveValue(
    'Detail',
  )
  // An uploaded picture becomes the scene's image.
  const chooser = page.waitForEvent('filechooser')
  await page
    .getByRole('region', { name: 'Scene 3' })
    .getByRole('button', { name: 'Upload image' })
    .click()
  await (
    await chooser
  ).setFiles({
    name: 'storyboard-sketch.png',
    mimeType: 'image/png',
    buffer: Buffer.from(samplePng, 'base64'),
  })
  await expect(page.getByRole('img', { name: 'Scene 3 selected image' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Scene 3' }).getByRole('button', { name: 'Use image 1' }),
  ).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Delete Scene 3' }).click()
  await expect(scenes).toHaveCount(3)
  await expect(page.getByRole('region', { name: 'Scene 3' }).getByLabel('Title')).toHaveValue(
    'Detail',
  )

  await page.goto('/brand')
  await expect(page.getByRole('button', { name: 'Add asset' })).toBeVisible()
  await expect(page.getByRole('list', { name: /colours/ })).toContainText('#FCA311')
  await checkPage(page, 'brand-admin')
  // Add asset: a colour scheme from the dialog's own fields, listed once saved.
  await page.getByRole('button', { name: 'Add asset' }).click()
  const addAsset = page.getByRole('dialog', { name: 'Add a brand asset' })
  await addAsset.getByRole('button', { name: /Asset type/ }).click()
  await page.getByRole('option', { name: 'Colour scheme' }).click()
  await addAsset.getByLabel('Colour 2 hex').fill('#2A9D8F')
  await checkPage(page, 'brand-add-colour-scheme')
  await addAsset.getByRole('button', { name: 'Save colour scheme' }).click()
  await expect(addAsset).toHaveCount(0)
  await expect(page.getByRole('main')).toContainText('#2A9D8F')
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
  await expect(
    page.getByRole('button', { name: /^(Add variant|Upload media|Delete)/ }),
  ).toHaveCount(0)
  await checkPage(page, 'cars-member')

  // The ADMIN's project: visible to the company, but not the MEMBER's to change.
  await page.goto(projectUrl)
  await expect(page.getByRole('heading', { name: 'Admin teaser' })).toBeVisible()
  await expect(page.getByText('View only')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Scenes' }).getByRole('region')).toHaveCount(3)
  for (const name of [
    'Generate all images',
    'Generate all clips',
    'Add scene',
    'Stitch',
    'Generate image',
    'Delete Scene 1',
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0)
  }
  await checkPage(page, 'project-member-view')
})

test("another company's project address shows not-found", async ({ page }) => {
  await signIn(page, e2eAccounts.admin)
  const projectUrl = await createProject(
    page,
    'Private launch',
    'A teaser nobody outside Northwind may see',
  )
  await signOut(page)

  await signIn(page, e2eAccounts.rival)
  await page.goto(projectUrl)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByText('Private launch')).toHaveCount(0)
  await checkPage(page, 'not-found')
  // Nor does the API tell it exists (asked from the page, with the session cookie as the browser sends it).
  const statusUrl = `/api/projects/${projectUrl.split('/').pop()}/status`
  expect(await page.evaluate((url) => fetch(url).then((r) => r.status), statusUrl)).toBe(404)
})
