import { expect, test } from '@playwright/test'

import { checkPage } from '../support/pages'
import { signInToTraining, videoDuration } from '../support/training'

test('the demo account demo@trainai.com / demo lands on its library with the demo video', async ({
  page,
}) => {
  await signInToTraining(page, { email: 'demo@trainai.com', password: 'demo' })
  const library = page.getByRole('list', { name: 'Videos' })
  const demo = library
    .getByRole('listitem')
    .filter({ hasText: 'Door Replacement — Rational SCC 101' })
  await expect(demo).toContainText('Completed')
  await checkPage(page, 'trainai-demo-library')

  await demo.getByRole('button', { name: 'Play Door Replacement — Rational SCC 101' }).click()
  const player = page
    .getByRole('dialog', { name: 'Door Replacement — Rational SCC 101' })
    .locator('video')
  expect(await videoDuration(player)).toBeGreaterThan(5)
  await expect(player.locator('track')).toHaveAttribute('kind', 'subtitles')
})
