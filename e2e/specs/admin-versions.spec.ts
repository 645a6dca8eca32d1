import { expect, test } from '@playwright/test'

import { e2eAccounts, e2eFixtures } from '../server/accounts'
import { adminSignIn, checkAdminPage, expectLoadable } from '../support/admin'

test('a training scene: listen to its narration, see the cited manual page, and restore a voiceover edited twice', async ({
  page,
}) => {
  await adminSignIn(page, e2eAccounts.admin)
  await page.goto('/admin/collections/scenes')
  await page.getByRole('link', { name: 'Cool down' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/scenes\/[0-9a-f-]{36}$/)
  const sceneUrl = page.url()

  const narration = page.getByRole('region', { name: 'Narration' })
  await expectLoadable(page, narration.getByLabel('Listen'), /^audio\/wav/)
  const cited = narration.getByRole('list', { name: 'Cited manual pages' })
  await expect(cited).toContainText('oven-manual-page.png, page 1')
  await expect(cited).toContainText('switch the oven off at the wall')
  await checkAdminPage(page, 'training-scene')

  const voiceover = page.getByLabel('Voiceover Text')
  await expect(voiceover).toHaveValue(e2eFixtures.firstVoiceover)
  for (const text of ['Switch the oven off.', 'Switch the oven off and wait.']) {
    await voiceover.fill(text)
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Updated successfully')).toBeVisible()
    await page.reload()
    await expect(voiceover).toHaveValue(text)
  }

  // The versions view: the oldest version holds the first text; restoring it brings it back.
  await page.goto(`${sceneUrl}/versions`)
  const versions = page.locator('table tbody tr')
  await expect(versions).toHaveCount(3)
  await checkAdminPage(page, 'scene-versions')
  await versions.last().getByRole('link').first().click()
  await expect(page.getByText(e2eFixtures.firstVoiceover).first()).toBeVisible()
  await checkAdminPage(page, 'scene-version-diff')
  await page.getByRole('button', { name: /Restore/ }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Confirm|Restore/ })
    .click()
  await expect(page).toHaveURL(sceneUrl)
  await expect(voiceover).toHaveValue(e2eFixtures.firstVoiceover)
})
