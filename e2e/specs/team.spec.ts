import { expect, test } from '@playwright/test'

import { checkPage, invitationLinkFor, signOut } from '../support/pages'

const founder = {
  company: 'Helios Cars',
  name: 'Hana Novak',
  email: 'hana@helios.test',
  password: 'helios-founder-1',
}
const invitee = { name: 'Ivo Petrov', email: 'ivo@helios.test', password: 'helios-member-1' }

test('sign up a new company, invite a member, who accepts and signs in', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await checkPage(page, 'landing')
  await page.goto('/signup')
  await checkPage(page, 'signup')
  await page.getByLabel('Company name').fill(founder.company)
  await page.getByLabel('Your name').fill(founder.name)
  await page.getByLabel('Work email').fill(founder.email)
  await page.getByLabel('Password').fill(founder.password)
  await page.getByRole('button', { name: 'Create company' }).click()

  await expect(page).toHaveURL(/\/projects$/)
  const header = page.getByRole('banner')
  await expect(header).toContainText(founder.company)
  await expect(header).toContainText(founder.name)
  await expect(header).toContainText('ADMIN')
  await checkPage(page, 'projects-empty')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible()
  await page.getByRole('button', { name: 'Invite member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Invite a team member' })
  await checkPage(page, 'team-invite-dialog')
  await dialog.getByLabel('Email').fill(invitee.email)
  await dialog.getByLabel('Name').fill(invitee.name)
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row', { name: new RegExp(invitee.email) })
  await expect(row).toContainText('Invited')
  await checkPage(page, 'team')

  // The invitee opens the emailed link in their own browser.
  const link = await invitationLinkFor(invitee.email)
  expect(new URL(link).pathname).toBe('/invitations/accept')
  const context = await browser.newContext()
  const invited = await context.newPage()
  await invited.goto(link)
  await checkPage(invited, 'accept-invitation')
  await invited.getByLabel('Your name').fill(invitee.name)
  await invited.getByLabel('Password').fill(invitee.password)
  await invited.getByRole('button', { name: 'Accept invitation' }).click()
  await expect(invited).toHaveURL(/\/projects$/)
  await expect(invited.getByRole('banner')).toContainText(founder.company)
  await expect(invited.getByRole('banner')).toContainText('MEMBER')

  // Signed out, protected pages send them to the login page, which brings them back.
  await signOut(invited)
  await invited.goto('/cars')
  await expect(invited).toHaveURL(/\/login\?next=%2Fcars$/)
  await checkPage(invited, 'login')
  await invited.getByLabel('Email').fill(invitee.email)
  await invited.getByLabel('Password').fill(invitee.password)
  await invited.getByRole('button', { name: 'Sign in' }).click()
  await expect(invited).toHaveURL(/\/cars$/)
  await expect(invited.getByRole('banner')).toContainText(invitee.name)
  await context.close()

  await page.reload()
  await expect(page.getByRole('row', { name: new RegExp(invitee.email) })).toContainText('Active')
})
