import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { checkPage, createProject, signIn } from '../support/pages'

test('from a prompt, a 15 s project: all images, all clips, stitch, and a playing 15 s film', async ({
  page,
}) => {
  await signIn(page, e2eAccounts.admin)
  // Pressed again until the page has hydrated and opens it: the check is of the dialog itself.
  const newProject = page.getByRole('dialog', { name: 'New project' })
  await expect(async () => {
    await page.getByRole('button', { name: 'New project' }).click()
    await expect(newProject).toBeVisible({ timeout: 2_000 })
  }).toPass()
  await checkPage(page, 'new-project-dialog')
  await page.keyboard.press('Escape')
  await createProject(
    page,
    'Harbour lights',
    'A red coupe glides past harbour lights at dusk, slow cinematic drone shots',
  )

  const scenes = page.getByRole('list', { name: 'Scenes' }).getByRole('region')
  await expect(scenes).toHaveCount(3)
  await expect(page.getByRole('progressbar', { name: 'Project progress' })).toHaveAttribute(
    'aria-valuenow',
    /\d+/,
  )
  await checkPage(page, 'project-storyboard')

  // Scenes are edited in place: the change is saved when the field loses focus.
  const firstScene = page.getByRole('region', { name: 'Scene 1' })
  await firstScene.getByLabel('Title').fill('Harbour at dusk')
  await firstScene.getByLabel('Summary').focus()
  await expect(firstScene.getByRole('heading')).toContainText('Harbour at dusk')
  await page.reload()
  await expect(page.getByRole('region', { name: 'Scene 1' }).getByLabel('Title')).toHaveValue(
    'Harbour at dusk',
  )

  await page.getByRole('button', { name: 'Generate all images' }).click()
  // Live progress while the jobs run, then every scene shows its image.
  for (const n of [1, 2, 3])
    await expect(page.getByRole('img', { name: `Scene ${n} selected image` })).toBeVisible()
  await checkPage(page, 'project-images')

  await page.getByRole('button', { name: 'Generate all clips' }).click()
  for (const n of [1, 2, 3]) await expect(page.getByLabel(`Scene ${n} clip`)).toBeVisible()
  await expect(page.getByTestId('timeline-total')).toHaveText('15.0 s')
  await checkPage(page, 'project-clips')

  await page.getByRole('button', { name: 'Stitch', exact: true }).click()
  const film = page.getByLabel('Final film video')
  await expect(film).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Project progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
  await expect(page.getByRole('link', { name: 'Download' })).toHaveAttribute('href', /\.mp4/)

  // The browser plays it: its metadata gives the duration, and playback advances.
  await film.evaluate(
    (video: HTMLVideoElement) =>
      new Promise((resolve, reject) => {
        if (video.readyState >= 1) return resolve(null)
        video.addEventListener('loadedmetadata', resolve, { once: true })
        video.addEventListener('error', () => reject(new Error('the film does not load')), {
          once: true,
        })
      }),
  )
  const duration = await film.evaluate((video: HTMLVideoElement) => video.duration)
  expect(duration).toBeGreaterThanOrEqual(14.5)
  expect(duration).toBeLessThanOrEqual(15.5)
  await film.evaluate(async (video: HTMLVideoElement) => {
    video.muted = true
    await video.play()
  })
  await expect
    .poll(() => film.evaluate((video: HTMLVideoElement) => video.currentTime))
    .toBeGreaterThan(0)
  await checkPage(page, 'project-film')

  // The projects list shows it as completed, and the library has it.
  await page.goto('/projects')
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Harbour lights' }) })
  await expect(card.first()).toContainText('Completed')
  await checkPage(page, 'projects')
  await page.getByRole('tab', { name: 'Company projects' }).click()
  await expect(page.getByRole('link', { name: 'Harbour lights' }).last()).toBeVisible()
  await page.goto('/library')
  await expect(page.getByLabel('Harbour lights video')).toBeVisible()
  await checkPage(page, 'library')
})
