import { expect, test } from '@playwright/test'

import { e2eAccounts } from '../server/accounts'
import { adminSignIn, checkAdminPage, expectLoadable } from '../support/admin'

test('a project started from its admin page runs to completion while its progress is watched there', async ({
  page,
}) => {
  await adminSignIn(page, e2eAccounts.member)
  await page.goto('/admin/collections/projects/create')
  await page.getByLabel('Name').fill('Admin dunes')
  await page
    .getByLabel('Prompt')
    .fill('A silver coupe crosses desert dunes at sunrise, low drone shots')
  await page.getByLabel('Target Duration').fill('15')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/projects\/[0-9a-f-]{36}$/)

  const studio = page.getByRole('region', { name: 'Studio' })
  const project = studio.getByRole('progressbar', { name: 'Project progress' })
  const sceneBars = studio.getByRole('list', { name: 'Scene progress' }).getByRole('progressbar')
  // The storyboard is written on creation: three 5 s scenes appear, live, and the form below
  // follows: its Status and the character description the storyboard wrote are the server's.
  await expect(sceneBars).toHaveCount(3)
  const statusField = page.locator('#field-status')
  await expect(statusField).toContainText('SCENE_GENERATION')
  await expect(page.getByLabel('Character Description')).toHaveValue(
    'A sleek red coupe with a glass roof',
  )
  await checkAdminPage(page, 'project-storyboard')

  await studio.getByRole('button', { name: 'Generate all images' }).click()
  for (const bar of await sceneBars.all()) await expect(bar).toHaveAttribute('aria-valuenow', '40')
  await studio.getByRole('button', { name: 'Generate all clips' }).click()
  for (const bar of await sceneBars.all()) await expect(bar).toHaveAttribute('aria-valuenow', '90')
  await checkAdminPage(page, 'project-clips')

  // An edit made while the film is stitched survives the form following the job.
  await page.getByLabel('Name').fill('Admin dunes at dawn')
  await studio.getByRole('button', { name: 'Stitch final video' }).click()
  await expect(project).toHaveAttribute('aria-valuenow', '100')
  for (const bar of await sceneBars.all()) await expect(bar).toHaveAttribute('aria-valuenow', '100')
  await expect(statusField).toContainText('COMPLETED')
  await expect(page.locator('#field-scenes table').getByText('COMPLETED')).toHaveCount(3)
  await expect(page.getByLabel('Name')).toHaveValue('Admin dunes at dawn')
  const film = studio.getByLabel('Final video', { exact: true })
  await expectLoadable(page, film, /^video\/mp4/)
  const duration = await film.evaluate((video: HTMLVideoElement) =>
    video.readyState >= 1
      ? video.duration
      : new Promise<number>((resolve) =>
          video.addEventListener('loadedmetadata', () => resolve(video.duration), { once: true }),
        ),
  )
  expect(duration).toBeGreaterThan(14.5)
  await checkAdminPage(page, 'project-completed')

  // Saving after the live updates keeps what the jobs set, and saves the edit.
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Updated successfully')).toBeVisible()
  await page.reload()
  await expect(statusField).toContainText('COMPLETED')
  await expect(page.getByLabel('Name')).toHaveValue('Admin dunes at dawn')
  await expect(studio.getByLabel('Final video', { exact: true })).toBeVisible()

  // A scene's page: its image and clip with loadable sources; a regenerated image can be selected.
  await studio.getByRole('link', { name: 'Open scene 1' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/scenes\/[0-9a-f-]{36}$/)
  const media = page.getByRole('region', { name: 'Scene media' })
  const images = media.getByRole('list', { name: 'Images' }).getByRole('listitem')
  await expect(images).toHaveCount(1)
  await expect(statusField).toContainText('COMPLETED')
  await expectLoadable(page, images.first().getByRole('img'), /^image\//)
  await expectLoadable(
    page,
    media.getByRole('list', { name: 'Clips' }).locator('video'),
    /^video\/mp4/,
  )
  await media.getByRole('button', { name: 'Regenerate image' }).click()
  await expect(images).toHaveCount(2)
  // The scene's form follows the job: its Status is the new image's, its Images table has it.
  await expect(statusField).toContainText('IMAGE_READY')
  await expect(page.locator('#field-images tbody tr')).toHaveCount(2)
  await expect(images.first()).toContainText('Selected')
  await media.getByRole('button', { name: 'Select image 1' }).click()
  await expect(images.last()).toContainText('Selected')
  await expect(images.first().getByRole('button', { name: 'Select image 2' })).toBeVisible()
  await checkAdminPage(page, 'scene-media')
})
