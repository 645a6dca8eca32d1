import { expect, type Page, test } from '@playwright/test'

import { demoVideo } from '../../src/app/(frontend)/studio/_components/demoVideo'
import { draftVideo, e2eAccounts, failedVideo } from '../server/accounts'
import { checkPage, languageModelDelay } from '../support/pages'
import { changedShare, stagePixels } from '../support/stage'
import {
  dropFiles,
  pickFiles,
  pictureVariation,
  signInToTraining,
  videoDuration,
} from '../support/training'
import { manualPdf, ovenGlb, photoPng, screenshotPng } from '../support/trainingFiles'

/**
 * A maintenance trainer's day, in order: equipment and its manual → a video from a prompt →
 * editing the voiceover → the render → the library. One page for the whole story (each step
 * builds on the last, and the server is shared).
 */
test.describe.configure({ mode: 'serial' })

let page: Page
let videoUrl = ''
let videoTitle = ''
const EQUIPMENT = 'Combi Oven CX-6'
const scenes = () => page.getByRole('list', { name: 'Scenes' }).getByRole('region')
const voiceover = (n: number) =>
  page.getByRole('textbox', { name: `Voiceover for scene ${n}`, exact: true })
const scene = (n: number) => page.getByRole('region', { name: `Scene ${n}`, exact: true })

test.beforeAll(async ({ browser }, testInfo) => {
  // A context of our own (axe needs one), for the whole story.
  page = await (
    await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: testInfo.project.use.viewport,
    })
  ).newPage()
  await signInToTraining(page, e2eAccounts.trainer)
})

test.afterAll(async () => {
  await page.context().close()
})

test('create equipment, upload a PDF manual, an image and a 3D model, and see the manual indexed', async () => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Equipment' })
    .click()
  await expect(page.getByRole('heading', { name: 'No equipment yet' })).toBeVisible()
  await checkPage(page, 'trainai-equipment-empty')
  await page.getByRole('button', { name: 'New equipment' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New equipment' })
  await dialog.getByLabel('Name').fill(EQUIPMENT)
  await dialog.getByRole('button', { name: 'Create equipment' }).click()
  await expect(page).toHaveURL(/\/equipment\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: EQUIPMENT })).toBeVisible()

  // Two files with the picker, one dropped on the zone: each with its own progress.
  await pickFiles(page, page.getByRole('button', { name: 'Upload files' }), [
    await manualPdf(),
    ovenGlb(),
  ])
  await dropFiles(page.getByTestId('drop-zone'), [await photoPng()])
  const uploads = page.getByRole('list', { name: 'Uploads' })
  for (const name of ['cx6-service-manual.pdf', 'cx6-oven.glb', 'cx6-front.png']) {
    await expect(uploads.getByRole('progressbar', { name: `Upload ${name}` })).toHaveAttribute(
      'aria-valuenow',
      '100',
    )
  }
  await expect(uploads).toContainText('Manual indexed')

  await expect(page.getByRole('status', { name: 'cx6-service-manual.pdf extraction' })).toHaveText(
    /Indexed · 3 pages/,
  )
  const photo = page.getByRole('img', { name: `${EQUIPMENT}: cx6-front.png` })
  await expect(photo).toBeVisible()
  // Visible comes before loaded: wait for the decoded picture.
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
    .toBeGreaterThan(0)

  // The model opens in the viewer (its toolbar appears once loaded), draws, and turns.
  await expect(page.getByRole('toolbar', { name: 'cx6-oven.glb view' })).toBeVisible()
  const canvas = page.getByRole('img', { name: /^3D view of cx6-oven\.glb/ })
  const before = await canvas.screenshot()
  expect(await pictureVariation(before)).toBeGreaterThan(5)
  await page.getByRole('button', { name: 'Rotate right' }).click()
  await expect.poll(async () => Buffer.compare(await canvas.screenshot(), before)).not.toBe(0)
  await checkPage(page, 'trainai-equipment')
})

test('delete a file, then delete equipment: the confirmation says what goes with it', async () => {
  await page.goto('/equipment')
  await page.getByRole('button', { name: 'New equipment' }).click()
  await page
    .getByRole('dialog', { name: 'New equipment' })
    .getByLabel('Name')
    .fill('Blast Chiller BC-2')
  await page.getByRole('button', { name: 'Create equipment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Blast Chiller BC-2' })).toBeVisible()
  await pickFiles(page, page.getByRole('button', { name: 'Upload files' }), [
    await photoPng('bc2.png'),
    ovenGlb('bc2.glb'),
  ])
  await expect(page.getByRole('list', { name: '3D models' })).toContainText('bc2.glb')
  await expect(page.getByRole('list', { name: 'Images' })).toContainText('bc2.png')

  await page.getByRole('button', { name: 'Delete bc2.glb' }).click()
  await page
    .getByRole('dialog', { name: 'Delete bc2.glb?' })
    .getByRole('button', { name: 'Delete 3D model' })
    .click()
  await expect(page.getByRole('list', { name: '3D models' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Delete equipment' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete Blast Chiller BC-2?' })
  await expect(confirm).toContainText('Its 1 image will be deleted with it')
  await checkPage(page, 'trainai-delete-equipment')
  await confirm.getByRole('button', { name: 'Delete equipment' }).click()
  await expect(page).toHaveURL(/\/equipment$/)
  const list = page.getByRole('list', { name: 'Equipment' })
  await expect(list.getByRole('link', { name: EQUIPMENT })).toBeVisible()
  await expect(list.getByRole('link', { name: 'Blast Chiller BC-2' })).toHaveCount(0)
  await checkPage(page, 'trainai-equipment-list')
})

test('create a video from a prompt: progress while the script is written, and a scene cites the manual page', async () => {
  await page.getByRole('list', { name: 'Equipment' }).getByRole('link', { name: EQUIPMENT }).click()
  await page.getByRole('link', { name: 'New video' }).click()
  await expect(page).toHaveURL(/\/videos\/new\?equipment=/)
  await expect(page.getByRole('button', { name: /Equipment/ })).toContainText(EQUIPMENT)
  await expect(page.getByLabel('Equipment model')).toHaveValue(EQUIPMENT)
  await page.getByLabel('Prompt').fill('How do I replace the door seal?')
  await expect(page.getByLabel('Task type')).toHaveValue('Door Seal Replacement')
  await checkPage(page, 'trainai-new-video')

  // The model takes a moment: the form shows progress, not a frozen button.
  await languageModelDelay(1500)
  try {
    await page.getByRole('button', { name: 'Create video' }).click()
    await expect(page.getByRole('progressbar', { name: 'Script progress' })).toBeVisible()
    await expect(page).toHaveURL(/\/videos\/[0-9a-f-]{36}$/)
  } finally {
    await languageModelDelay(0)
  }
  videoUrl = page.url()
  videoTitle = 'Door Seal Replacement — Combi Oven CX-6'
  await expect(page.getByRole('heading', { level: 1 })).toContainText(videoTitle)
  await expect(scenes()).toHaveCount(3)
  const cited = page
    .getByRole('list', { name: 'Cited manual pages' })
    .getByRole('listitem')
    .filter({ hasText: 'cx6-service-manual.pdf, page 2' })
  await expect(cited.first()).toContainText('Press the new seal into the groove')
  await checkPage(page, 'trainai-video-editor')
})

test('edit a voiceover: Saved on blur, nothing sent when unchanged, Failed with Retry, kept on reload', async () => {
  const patches: string[] = []
  page.on(
    'request',
    (request) =>
      request.method() === 'PATCH' &&
      request.url().includes('/api/scenes/') &&
      patches.push(request.url()),
  )
  const edited = 'Switch the oven off at the main isolator and let the door cool down.'
  await voiceover(1).fill(edited)
  await voiceover(1).blur()
  await expect(scene(1).getByRole('status')).toHaveText('Saved')

  // Focus and leave without changing anything, then save scene 2: only scene 2's text is sent.
  await voiceover(1).focus()
  await voiceover(1).blur()
  await voiceover(2).fill('Pull the old door seal out of its groove, all the way round.')
  await voiceover(2).blur()
  await expect(scene(2).getByRole('status')).toHaveText('Saved')
  expect(patches).toHaveLength(2)

  // The server cannot be reached: the field says so and offers Retry, which saves it.
  await page.route('**/api/scenes/*', (route) => route.abort())
  await voiceover(3).fill('Close the door and check the seal all around.')
  await voiceover(3).blur()
  await expect(scene(3).getByRole('status')).toContainText(
    'Failed: The server could not be reached',
  )
  await checkPage(page, 'trainai-voiceover-failed')
  await page.unroute('**/api/scenes/*')
  await scene(3).getByRole('button', { name: 'Retry' }).click()
  await expect(scene(3).getByRole('status')).toHaveText('Saved')

  await page.reload()
  await expect(voiceover(1)).toHaveValue(edited)
  await expect(voiceover(3)).toHaveValue('Close the door and check the seal all around.')
})

test('delete a scene: the others are renumbered', async () => {
  const third = await voiceover(3).inputValue()
  await page.getByRole('button', { name: 'Delete scene 2' }).click()
  await page
    .getByRole('dialog', { name: 'Delete scene 2?' })
    .getByRole('button', { name: 'Delete scene' })
    .click()
  await expect(scenes()).toHaveCount(2)
  await expect(voiceover(2)).toHaveValue(third)
  await expect(voiceover(3)).toHaveCount(0)
})

test('generate: progress to 100%, a film as long as its scenes with a subtitles track, and Listen', async () => {
  await pickFiles(page, scene(1).getByRole('button', { name: 'Upload screenshot' }), [
    await screenshotPng(),
  ])
  await expect(page.getByRole('img', { name: 'Scene 1 screenshot' })).toBeVisible()
  await expect(scene(1).getByRole('button', { name: 'Listen' })).toBeDisabled()

  // Switched from the keyboard, as a screen reader user does (the input itself is visually hidden).
  const burnIn = page.getByRole('switch', { name: /Burn in subtitles/ })
  await burnIn.press('Space')
  await expect(burnIn).toBeChecked()
  await page.getByRole('button', { name: 'Generate video' }).click()
  await expect(page.getByRole('progressbar', { name: 'Video progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
  const film = page.getByRole('region', { name: 'Video' }).locator('video')
  await expect(film).toBeVisible()

  const durations = await page
    .getByRole('textbox', { name: /^Duration of scene \d+ in seconds$/ })
    .evaluateAll((inputs: HTMLInputElement[]) => inputs.map((input) => Number(input.value)))
  expect(durations).toHaveLength(2)
  const total = durations.reduce((sum, seconds) => sum + seconds, 0)
  expect(Math.abs((await videoDuration(film)) - total)).toBeLessThanOrEqual(0.5)
  expect(
    await film.evaluate((video: HTMLVideoElement) =>
      [...video.textTracks].map((track) => track.kind),
    ),
  ).toEqual(['subtitles'])
  // Read by the page, as the player reads it (the session cookie is Secure: the browser sends it
  // to localhost, Playwright's own request client over http does not).
  const trackSrc = String(await film.locator('track').getAttribute('src'))
  const vtt = await page.evaluate((src) => fetch(src).then((response) => response.text()), trackSrc)
  expect(vtt).toMatch(/^WEBVTT/)
  await film.evaluate(async (video: HTMLVideoElement) => {
    video.muted = true
    await video.play()
  })
  await expect
    .poll(() => film.evaluate((video: HTMLVideoElement) => video.currentTime))
    .toBeGreaterThan(0)

  const listen = scene(2).getByRole('button', { name: 'Listen' })
  await expect(listen).toBeEnabled()
  await listen.click()
  await expect(listen).toHaveAttribute('aria-pressed', 'true')
  await checkPage(page, 'trainai-video-rendered')
})

test('the library: filter by status and equipment, play a film, and generate a failed one again', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Videos' }).click()
  const library = page.getByRole('list', { name: 'Videos' })
  const card = (title: string) =>
    library
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) })
  await expect(card(videoTitle)).toContainText('Completed')
  await expect(card(videoTitle).getByText(/^Duration/)).toBeVisible()
  await checkPage(page, 'trainai-library')

  const status = page.getByRole('radiogroup', { name: 'Status' })
  const statusOption = (label: string) =>
    status.locator('label').filter({ hasText: new RegExp(`^${label}`) })
  await statusOption('Completed').click()
  await expect(page).toHaveURL(/status=completed/)
  await expect(card(videoTitle)).toBeVisible()
  await expect(card(failedVideo.title)).toHaveCount(0)

  await statusOption('Processing').click()
  await expect(card(draftVideo.title)).toContainText('Script ready')
  await expect(card(videoTitle)).toHaveCount(0)

  await statusOption('Failed').click()
  const failed = card(failedVideo.title)
  await expect(failed.getByRole('alert')).toContainText("Scene 2's narration runs 74 s")
  await expect(card(draftVideo.title)).toHaveCount(0)
  await checkPage(page, 'trainai-library-failed')

  // Equipment filter: only videos made from it.
  await statusOption('All').click()
  await page.getByRole('button', { name: /Equipment/ }).click()
  await page.getByRole('option', { name: EQUIPMENT }).click()
  await expect(page).toHaveURL(/equipment=/)
  await expect(library.getByRole('listitem')).toHaveCount(1)
  await expect(card(videoTitle)).toBeVisible()

  // Click to play, with its subtitles.
  await page.getByRole('button', { name: `Play ${videoTitle}` }).click()
  const player = page.getByRole('dialog', { name: videoTitle }).locator('video')
  await expect(player.locator('track')).toHaveAttribute('kind', 'subtitles')
  expect(await videoDuration(player)).toBeGreaterThan(0)
  await page.keyboard.press('Escape')

  // A failed video, generated again, leaves the failed ones.
  await page.goto('/videos?status=failed')
  await failed.getByRole('button', { name: 'Generate again' }).click()
  await expect(card(failedVideo.title)).toHaveCount(0)
  await page.goto('/videos')
  await expect(card(failedVideo.title)).toContainText(/Rendering|Completed/)
  expect(videoUrl).toContain('/videos/')
})

test("the Studio plays the video's steps on the equipment's uploaded 3D model, or on the sample oven", async ({
  browser,
}, testInfo) => {
  await page.goto(videoUrl)
  await page.getByRole('link', { name: 'Open in Studio' }).click()
  await expect(page).toHaveURL(/\/studio\?video=[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: videoTitle })).toBeVisible()
  // By default the video plays on its equipment's own model, the .glb uploaded first.
  const model = page.getByRole('combobox', { name: '3D model', exact: true })
  await expect(model.locator('option:checked')).toHaveText(`cx6-oven.glb · ${EQUIPMENT}`)
  const studioUrls = [page.url(), `/studio?model=${await model.inputValue()}`]
  const stage = page.getByRole('img', {
    name: new RegExp(`^3D model of the ${EQUIPMENT} \\(cx6-oven\\.glb\\), step 1: `),
  })
  const caption = page.getByTestId('caption')
  await expect(caption).toHaveText(
    'Switch the oven off at the main isolator and let the door cool down.',
  )
  await expect.poll(async () => (await stagePixels(stage)).drawnShare).toBeGreaterThan(0.03)
  const uploadedModel = (await stagePixels(stage)).data
  await checkPage(page, 'trainai-studio-uploaded-model')

  // Play walks the video's own steps: the second caption is the second scene's voiceover.
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(caption).toHaveText('Close the door and check the seal all around.')
  await page.getByRole('button', { name: 'Pause', exact: true }).click()

  // The same steps on the sample oven: another model on the same shot.
  await model.selectOption({ label: 'Sample combi oven' })
  await page.getByRole('button', { name: 'Open in player' }).click()
  await expect(page).toHaveURL(/model=sample/)
  const oven = page.getByRole('img', {
    name: new RegExp(`^3D model of the ${EQUIPMENT}, step 1: `),
  })
  await expect(oven).toBeVisible()
  await expect(caption).toHaveText(
    'Switch the oven off at the main isolator and let the door cool down.',
  )
  await expect
    .poll(async () => changedShare(uploadedModel, (await stagePixels(oven)).data))
    .toBeGreaterThan(0.05)

  // From the equipment page, the model alone: the sample's steps play on it.
  await page.goto('/equipment')
  await page.getByRole('list', { name: 'Equipment' }).getByRole('link', { name: EQUIPMENT }).click()
  await page.getByRole('link', { name: 'Open in Studio: cx6-oven.glb' }).click()
  await expect(page).toHaveURL(/\/studio\?model=/)
  await expect(page.getByRole('heading', { level: 1, name: demoVideo.title })).toBeVisible()
  const sampleOnUpload = page.getByRole('img', { name: /\(cx6-oven\.glb\), step 1: / })
  await expect
    .poll(async () => (await stagePixels(sampleOnUpload)).drawnShare)
    .toBeGreaterThan(0.03)

  // Another company (the TrainAI demo's) finds neither the video nor the model.
  const rival = await (
    await browser.newContext({ baseURL: testInfo.project.use.baseURL })
  ).newPage()
  await signInToTraining(rival, { email: 'demo@trainai.com', password: 'demo' })
  for (const url of studioUrls) {
    await rival.goto(url)
    await expect(rival.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
  await rival.context().close()
})
