import { expect, test } from '@playwright/test'

import { e2eAccounts, e2eFixtures } from '../server/accounts'
import { adminSignIn, checkAdminPage, pickerOptions } from '../support/admin'

test('in /admin, lists, search and relationship pickers hold only the own company’s documents', async ({
  page,
}) => {
  await adminSignIn(page, e2eAccounts.admin)
  await checkAdminPage(page, 'dashboard')
  const nav = page.getByRole('navigation')
  for (const group of ['Brand', 'Catalogue', 'Studio', 'Training', 'Team'])
    await expect(nav.getByRole('button', { name: group })).toBeVisible()

  await page.goto('/admin/collections/car-models')
  await expect(page.getByRole('link', { name: 'Aurora' })).toBeVisible()
  await expect(page.getByText(e2eFixtures.rivalCar)).toHaveCount(0)
  await checkAdminPage(page, 'car-models')

  await page.goto('/admin/collections/projects')
  await page.getByPlaceholder(/Search by/).fill('Rival')
  await expect(page.getByText('No results', { exact: false })).toBeVisible()
  await expect(page.getByText(e2eFixtures.rivalProject)).toHaveCount(0)

  // The list's filter builder offers only the company's people as owners.
  await page.getByRole('button', { name: 'Filters' }).click()
  await page.getByRole('button', { name: 'Add Filter' }).click()
  await page.getByRole('combobox', { name: 'Filter field' }).click()
  await page.locator('.rs__option').getByText('Owner', { exact: true }).click()
  // ("None" filters for documents without one.)
  const owners = await pickerOptions(page, page.locator('.condition__value'))
  expect(owners.filter((owner) => owner !== 'None').sort()).toEqual(
    [e2eAccounts.admin.name, e2eAccounts.member.name].sort(),
  )
  await checkAdminPage(page, 'projects-filters')

  // A create form offers only the company's cars and equipment.
  await page.goto('/admin/collections/projects/create')
  expect(await pickerOptions(page, page.locator('#field-featuredCarModel'))).toEqual(['Aurora'])
  await page.getByRole('combobox', { name: 'Kind' }).click()
  await page.locator('.rs__option', { hasText: 'training' }).click()
  expect(await pickerOptions(page, page.locator('#field-equipment'))).toEqual(['Bread oven'])
  await checkAdminPage(page, 'project-create')

  // The rival company's ADMIN sees theirs, and nothing of Northwind's.
  await page.context().clearCookies()
  await adminSignIn(page, e2eAccounts.rival)
  await page.goto('/admin/collections/car-models')
  await expect(page.getByRole('link', { name: e2eFixtures.rivalCar })).toBeVisible()
  await expect(page.getByText('Aurora')).toHaveCount(0)
  await page.goto('/admin/collections/projects/create')
  expect(await pickerOptions(page, page.locator('#field-featuredCarModel'))).toEqual([
    e2eFixtures.rivalCar,
  ])
  await page.goto('/admin/collections/scenes')
  await expect(page.getByText('Cool down')).toHaveCount(0)
  await page.goto('/admin/collections/training-equipment')
  await expect(page.getByText('Bread oven')).toHaveCount(0)
})
