import { expect, test, type Page } from '@playwright/test'

import { demoVideo } from '../../src/app/(frontend)/studio/_components/demoVideo'
import { e2eAccounts } from '../server/accounts'
import { checkPage, signIn } from '../support/pages'
import { changedShare, stagePixels } from '../support/stage'

const steps = demoVideo.steps

/** Every request the page tries to make to the API is refused, and counted. */
async function cutOffApi(page: Page) {
  const attempts: string[] = []
  await page.route('**/api/**', (route) => {
    attempts.push(route.request().url())
    return route.abort('connectionrefused')
  })
  return attempts
}

test('the Studio plays its bundled demo with the API unreachable', async ({ page }) => {
  const apiAttempts = await cutOffApi(page)
  await page.goto('/studio')
  await expect(page.getByRole('heading', { level: 1, name: demoVideo.title })).toBeVisible()

  const stage = page.getByRole('img', { name: /^3D model of the/ })
  const caption = page.getByTestId('caption')
  const timeline = page.getByRole('slider', { name: 'Timeline' })
  await expect(stage).toHaveAccessibleName(new RegExp(`step 1: ${steps[0].title}`))
  await expect(caption).toHaveText(steps[0].voiceover)
  await expect(timeline).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^Step 1 of ${steps.length}: ${steps[0].title}`),
  )

  // The 3D canvas draws the oven: a real share of its pixels is not the empty backdrop.
  await expect.poll(async () => (await stagePixels(stage)).drawnShare).toBeGreaterThan(0.05)
  const firstShot = (await stagePixels(stage)).data

  // Play advances the captions to the next step; Pause stops.
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await expect(caption).toHaveText(steps[1].voiceover)
  await expect(timeline).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^Step 2 of ${steps.length}: ${steps[1].title}`),
  )
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible()

  // Keyboard: page keys on the timeline walk the steps, Home and End jump to the ends, K plays.
  await timeline.focus()
  await page.keyboard.press('PageUp')
  await expect(timeline).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^Step 3 of ${steps.length}: ${steps[2].title}`),
  )
  await expect(page.getByRole('heading', { level: 2, name: steps[2].title })).toBeVisible()
  await page.keyboard.press('End')
  await expect(timeline).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^Step ${steps.length} of ${steps.length}`),
  )
  await page.keyboard.press('Home')
  await expect(caption).toHaveText(steps[0].voiceover)
  await page.keyboard.press('k')
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await page.keyboard.press('k')
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible()

  // A chapter in the step list jumps there; the stage shows another picture (camera and door moved).
  const lift = steps.findIndex((step) => step.id === 'lift-door')
  await page.getByRole('button', { name: `Step ${lift + 1}: ${steps[lift].title}` }).click()
  await expect(
    page.getByRole('button', { name: `Step ${lift + 1}: ${steps[lift].title}` }),
  ).toHaveAttribute('aria-current', 'step')
  await expect(caption).toHaveText(steps[lift].voiceover)
  await expect(stage).toHaveAccessibleName(new RegExp(`step ${lift + 1}: ${steps[lift].title}`))
  await expect
    .poll(async () => changedShare(firstShot, (await stagePixels(stage)).data))
    .toBeGreaterThan(0.1)

  await checkPage(page, 'studio-demo')
  expect(apiAttempts).toEqual([])
})

test('signed in, the Studio sits in the TrainAI navigation', async ({ page }) => {
  await signIn(page, e2eAccounts.admin)
  await page.goto('/studio')
  await expect(page.getByRole('heading', { level: 1, name: demoVideo.title })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect
    .poll(
      async () =>
        (await stagePixels(page.getByRole('img', { name: /^3D model of the/ }))).drawnShare,
    )
    .toBeGreaterThan(0.05)
  await checkPage(page, 'studio-signed-in')
})
