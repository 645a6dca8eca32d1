import { expect, type Locator, type Page } from '@playwright/test'
import sharp from 'sharp'

/** Signs in and expects the page a TrainAI company starts on: its video library. */
export async function signInToTraining(page: Page, account: { email: string; password: string }) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/videos$/)
}

type FixtureFile = { name: string; mimeType: string; buffer: Buffer }

/** Picks files with the "Upload files" button's file picker. */
export async function pickFiles(page: Page, button: Locator, files: FixtureFile[]) {
  const chooser = page.waitForEvent('filechooser')
  await button.click()
  await (await chooser).setFiles(files)
}

/** Drops files on an element as a browser does when files are dragged from the desktop. */
export async function dropFiles(target: Locator, files: FixtureFile[]) {
  const dataTransfer = await target.page().evaluateHandle(
    (list) => {
      const transfer = new DataTransfer()
      for (const file of list)
        transfer.items.add(
          new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, {
            type: file.mimeType,
          }),
        )
      return transfer
    },
    files.map((file) => ({
      name: file.name,
      mimeType: file.mimeType,
      base64: file.buffer.toString('base64'),
    })),
  )
  for (const type of ['dragenter', 'dragover', 'drop'])
    await target.dispatchEvent(type, { dataTransfer })
}

/** How much a picture varies (mean standard deviation of its channels): 0 for a blank one. */
export async function pictureVariation(png: Buffer): Promise<number> {
  const { channels } = await sharp(png).stats()
  return channels.slice(0, 3).reduce((sum, channel) => sum + channel.stdev, 0) / 3
}

/** Waits for a `<video>`'s metadata and returns its duration in seconds. */
export async function videoDuration(video: Locator): Promise<number> {
  await video.evaluate(
    (element: HTMLVideoElement) =>
      new Promise((resolve, reject) => {
        if (element.readyState >= 1) return resolve(null)
        element.addEventListener('loadedmetadata', resolve, { once: true })
        element.addEventListener('error', () => reject(new Error('the video does not load')), {
          once: true,
        })
      }),
  )
  return video.evaluate((element: HTMLVideoElement) => element.duration)
}
