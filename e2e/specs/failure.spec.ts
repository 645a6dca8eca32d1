import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { checkPage, createProject, signIn, storyboardProviderFails } from '../support/pages'

test.afterEach(async () => storyboardProviderFails(false))

test('a failing provider: the reason shows (also after a reload), and Retry then succeeds', async ({
  page,
}) => {
  await signIn(page, e2eAccounts.admin)
  await storyboardProviderFails(true)
  await createProject(
    page,
    'Stormy launch',
    'Rain on the coast road at night, wipers and headlights',
  )

  const progress = page.getByRole('progressbar', { name: 'Project progress' })
  const failure = page.getByRole('alert').filter({ hasText: 'overloaded' })
  await expect(failure).toBeVisible()
  await expect(failure).toContainText('Storyboard')
  await page.reload()
  await expect(failure).toBeVisible()
  await expect(progress).toHaveAttribute('aria-valuenow', /\d+/)
  await checkPage(page, 'project-failed')

  await storyboardProviderFails(false)
  await failure.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('list', { name: 'Scenes' }).getByRole('region')).toHaveCount(3)
  await expect(failure).toBeHidden()
  await expect(page.getByTestId('stage').first()).not.toHaveText('Failed')
})
