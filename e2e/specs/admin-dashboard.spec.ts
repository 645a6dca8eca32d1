import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { adminSignIn, checkAdminPage } from '../support/admin'
import { storyboardProviderFails } from '../support/pages'

test.afterEach(async () => storyboardProviderFails(false))

test("the dashboard lists the company's running job, and not to another company", async ({
  page,
}) => {
  // The storyboard model answers slowly: the job is seen while it runs.
  await storyboardProviderFails(false, 20_000)
  await adminSignIn(page, e2eAccounts.member)
  await page.goto('/admin/collections/projects/create')
  await page.getByLabel('Name').fill('Slow harbour')
  await page.getByLabel('Prompt').fill('Harbour lights at dusk, a coupe on the quay')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/projects\/[0-9a-f-]{36}$/)

  await page.goto('/admin')
  const running = page.getByRole('list', { name: 'Running jobs' })
  const job = running.getByRole('listitem').filter({ hasText: 'Slow harbour' })
  await expect(job).toContainText('Storyboard')
  await expect(job).toContainText(/Running|Queued/)
  await expect(page.getByRole('list', { name: 'Recent projects' })).toContainText('Slow harbour')
  await expect(page.getByRole('list', { name: 'Recent training videos' })).toContainText(
    'Oven cleaning',
  )
  await checkAdminPage(page, 'dashboard-running')

  await page.context().clearCookies()
  await adminSignIn(page, e2eAccounts.rival)
  await expect(page.getByRole('heading', { name: 'Running jobs' })).toBeVisible()
  await expect(page.getByText('Slow harbour')).toHaveCount(0)
})
