import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { adminSignIn, checkAdminPage, expectLoadable } from '../support/admin'

test('upload collections preview their files: pictures, sound players, swatches, with size, dimensions and duration', async ({
  page,
}) => {
  await adminSignIn(page, e2eAccounts.member)

  await page.goto('/admin/collections/car-media')
  const rows = page.locator('table tbody tr')
  await expect(rows).toHaveCount(2)
  await expectLoadable(
    page,
    page.getByRole('img', { name: 'Thumbnail of aurora-gt-front.png' }),
    /^image\//,
  )
  await expectLoadable(page, page.getByLabel('Sound aurora-gt-engine.wav'), /^audio\//)
  await checkAdminPage(page, 'car-media-list')

  await page.getByRole('link', { name: 'aurora-gt-engine.wav' }).click()
  const preview = page.getByRole('region', { name: 'Preview' })
  const sound = preview.locator('audio')
  await expectLoadable(page, sound, /^audio\//)
  const details = preview.getByRole('definition')
  await expect(preview).toContainText('Duration')
  await expect(details.filter({ hasText: /^1\.5 s$/ })).toHaveCount(1)
  await expect(details.filter({ hasText: /KB$/ })).toHaveCount(1)
  await checkAdminPage(page, 'car-media-sound')

  await page.goto('/admin/collections/car-media')
  await page.getByRole('link', { name: 'aurora-gt-front.png' }).click()
  await expectLoadable(
    page,
    page.getByRole('region', { name: 'Preview' }).getByRole('img'),
    /^image\/png/,
  )
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('640 × 400 px')

  // Brand: the colour scheme as swatches, and the written guidelines.
  await page.goto('/admin/collections/company-assets')
  const swatches = page.getByRole('list', { name: 'Colour scheme' })
  await expect(swatches.getByRole('listitem')).toHaveCount(3)
  await expect(swatches).toContainText('#FCA311')
  await checkAdminPage(page, 'brand-assets')
  await page.goto('/admin/collections/brand-guidelines')
  await page.getByRole('link', { name: 'Northwind brand guidelines' }).click()
  await expect(page.getByText('Calm, confident, never loud.')).toBeVisible()
  await checkAdminPage(page, 'brand-guidelines')
})
