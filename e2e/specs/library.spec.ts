import { expect, test } from '@playwright/test'

import { e2eAccounts, failedVideo, renderingVideo } from '../server/accounts'
import { checkPage } from '../support/pages'
import { signInToTraining, videoDuration } from '../support/training'

test('the library lists what is not finished yet, and a render that finishes moves there by itself', async ({
  page,
}) => {
  await signInToTraining(page, e2eAccounts.trainer)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Library' })
    .click()
  await expect(page).toHaveURL(/\/library$/)

  // A video still rendering (as the demo video is after a first start) and a failed one, with why.
  const unfinished = page.getByRole('list', { name: 'Not finished yet' })
  const rendering = unfinished.getByRole('listitem').filter({ hasText: renderingVideo.title })
  await expect(rendering).toContainText('Training video')
  await expect(rendering).toContainText('In production')
  await expect(
    unfinished.getByRole('listitem').filter({ hasText: failedVideo.title }),
  ).toContainText(failedVideo.reason)
  const finished = page.getByRole('list', { name: 'Finished films' })
  await expect(finished.getByLabel(`${renderingVideo.title} video`)).toHaveCount(0)
  await checkPage(page, 'library-not-finished')

  // Its render runs (its job was never queued, as when a first start stops early): the open page
  // follows it, and the film leaves "Not finished yet" for the finished films.
  // Through the page's own session (its cookie is Secure: Playwright's request client over http
  // would not send it).
  const status = await page.evaluate(async (title) => {
    const { videos } = await (await fetch('/api/videos')).json()
    const { id } = videos.find((video: { title: string }) => video.title === title)
    return (await fetch(`/api/videos/${id}/generate`, { method: 'POST' })).status
  }, renderingVideo.title)
  expect(status).toBe(202)
  const film = finished.getByLabel(`${renderingVideo.title} video`)
  await expect(film).toBeVisible()
  await expect(rendering).toHaveCount(0)
  expect(await videoDuration(film)).toBeGreaterThan(0)
})
