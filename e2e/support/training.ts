import { expect, type Locator, type Page } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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

/**
 * Drops files on an element as when they are dragged there from the desktop: Chromium's own drag
 * and drop (DevTools protocol) with the files on disk, so the page gets a real drop, file system
 * entries and all. A DataTransfer built in the page is not one: its files have no entries.
 */
export async function dropFiles(target: Locator, files: FixtureFile[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reelsmith-drop-'))
  const paths = files.map((file) => {
    const where = path.join(dir, file.name)
    fs.writeFileSync(where, file.buffer)
    return where
  })
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error('the drop target is not visible')
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const cdp = await target.page().context().newCDPSession(target.page())
  // Copy (1), as a file manager offers.
  const data = { items: [], files: paths, dragOperationsMask: 1 }
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, ...at, data })
  } finally {
    await cdp.detach()
  }
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
