/**
 * Accessible names and roles that Payload 3.90's stock admin markup leaves out, added in the page
 * (Payload offers no props for them). Each fix touches only elements that still lack what it
 * adds, so running them again after every render is cheap and idempotent. Found with axe on the
 * admin's pages (e2e/specs/admin-*.spec.ts); colour contrast is fixed in custom.scss.
 */

const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? ''

/** Text a screen reader reads out, without a tooltip's (hidden until hover). */
function visibleText(element: Element) {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('.tooltip, [aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return text(copy)
}

/** An element's name from aria-label or from aria-labelledby pointing at other, non-empty elements. */
function hasName(element: HTMLElement) {
  if (element.getAttribute('aria-label')?.trim()) return true
  if (element instanceof HTMLInputElement && Array.from(element.labels ?? []).some(text))
    return true
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? []
  return ids.some((id) => id && id !== element.id && text(document.getElementById(id)))
}

function name(element: HTMLElement, label: string) {
  element.setAttribute('aria-label', label)
  // A self-reference or a missing id in aria-labelledby would otherwise win over the label.
  element.removeAttribute('aria-labelledby')
}

/** The label Payload renders for the field an element sits in (`label.field-label`). */
function fieldLabelOf(element: Element): HTMLElement | null {
  const field = element.closest('.field-type')
  const label = field?.querySelector<HTMLElement>('label.field-label')
  return label && text(label) ? label : null
}

let labelIds = 0
function labelledByField(element: HTMLElement) {
  const label = fieldLabelOf(element)
  if (!label) return false
  if (!label.id) label.id = `reel-field-label-${++labelIds}`
  element.setAttribute('aria-labelledby', label.id)
  return true
}

/** List checkboxes: "Select all rows", "Select <the row's title>". */
function nameListCheckboxes() {
  for (const box of document.querySelectorAll<HTMLInputElement>(
    '.select-all input[type="checkbox"], .select-row input[type="checkbox"]',
  )) {
    if (hasName(box)) continue
    const row = box.closest('tr')
    const title = text(row?.querySelector('a'))
    const index = row?.parentElement ? Array.from(row.parentElement.children).indexOf(row) + 1 : 0
    name(
      box,
      box.id === 'select-all'
        ? 'Select all rows'
        : title
          ? `Select ${title}`
          : `Select row ${index || ''}`.trim(),
    )
  }
}

/** Pickers Payload renders outside a labelled field: the dashboard switcher, filters, versions. */
const unlabelledPickers: Array<[selector: string, label: (picker: Element) => string]> = [
  ['.dashboard-breadcrumb-select', () => 'Dashboard view'],
  // A list's filter builder: one condition is a field, an operator and a value.
  ['.condition__field', () => 'Filter field'],
  ['.condition__operator', () => 'Filter operator'],
  ['.condition__value', () => 'Filter value'],
  [
    '.compare-version',
    (picker) =>
      text(picker.parentElement?.querySelector('.view-version__version-from-labels')) ||
      'Compare with version',
  ],
]

/** Select and relationship pickers (react-select) and the rich-text editor: their field's label. */
function nameFieldControls() {
  for (const control of document.querySelectorAll<HTMLElement>(
    '.react-select input[role="combobox"], .ContentEditable__root[role="textbox"]',
  )) {
    if (hasName(control) || labelledByField(control)) continue
    const picker = unlabelledPickers.find(([selector]) => control.closest(selector))
    // Otherwise (e.g. the list's filter builder) the picker's placeholder, "Select a field…".
    const placeholder = control
      .getAttribute('aria-describedby')
      ?.split(/\s+/)
      .find((id) => id.endsWith('-placeholder'))
    const label = picker
      ? picker[1](control.closest(picker[0])!)
      : control.getAttribute('aria-placeholder') ||
        (placeholder ? text(document.getElementById(placeholder)) : '')
    if (label) name(control, label)
  }
  // Their clear and open buttons are hidden from assistive technology yet reachable by Tab; the
  // keyboard clears and opens from the combobox itself.
  for (const indicator of document.querySelectorAll<HTMLElement>(
    '.react-select [aria-hidden="true"]:is(button, [tabindex]:not([tabindex="-1"]))',
  ))
    indicator.setAttribute('tabindex', '-1')
}

/** Payload's icon-only buttons, by what they do. */
const iconButtons: Array<[selector: string, label: string]> = [
  ['.clipboard-action__popup .popup-button', 'Copy or paste the field'],
  ['.popup-button', 'More actions'],
  ['.copy-to-clipboard', 'Copy to clipboard'],
  ['.drawer-link__doc-drawer-toggler', 'Edit in a drawer'],
  ['.condition__actions-remove', 'Remove this filter'],
  ['.condition__actions-add', 'Add a filter after this one'],
]

/** Icon-only buttons: menus, copy, drawers, the rich-text toolbar, array rows' drag handles. */
function nameIconButtons() {
  for (const [selector, label] of iconButtons)
    for (const button of document.querySelectorAll<HTMLElement>(selector))
      if (!hasName(button) && !visibleText(button)) name(button, label)
  for (const button of document.querySelectorAll<HTMLElement>('button[data-button-key]')) {
    const key = button.dataset.buttonKey ?? ''
    if (!hasName(button) && !visibleText(button) && key)
      name(button, key.charAt(0).toUpperCase() + key.slice(1).replace(/([a-z])([A-Z])/g, '$1 $2'))
  }
  for (const handle of document.querySelectorAll<HTMLElement>('.collapsible__drag[role="button"]'))
    if (!hasName(handle)) name(handle, 'Drag to reorder')
}

/** The document's tabs (Edit, Versions, API) are links in a `ul` without `li`: a named group. */
function fixDocumentTabs() {
  for (const tabs of document.querySelectorAll<HTMLElement>('ul.doc-tabs__tabs:not([role])')) {
    tabs.setAttribute('role', 'group')
    tabs.setAttribute('aria-label', 'Document views')
  }
}

let headingIds = 0

/**
 * Everything on the page in a landmark: Payload's document header (the title and the Edit,
 * Versions, API tabs) sits outside its `main`, as a region named by the title; the dashboard and
 * the lists have no `main` at all, so their content becomes one.
 */
function fixLandmarks() {
  for (const header of document.querySelectorAll<HTMLElement>('.doc-header:not([role])')) {
    const title = header.querySelector<HTMLElement>('h1')
    if (!title) continue
    if (!title.id) title.id = `reel-doc-title-${++headingIds}`
    header.setAttribute('role', 'region')
    header.setAttribute('aria-labelledby', title.id)
  }
  if (!document.querySelector('main, [role="main"]')) {
    const content = Array.from(
      document.querySelectorAll<HTMLElement>('.template-default__wrap > :not(header)'),
    ).find((element) => element.childElementCount > 0 && !element.matches('[role]'))
    content?.setAttribute('role', 'main')
  }
  // A `header` inside that `div` still reads as a banner (only a `main` element scopes it).
  for (const header of document.querySelectorAll<HTMLElement>('[role="main"] header:not([role])'))
    header.setAttribute('role', 'none')
}

/**
 * Headings Payload puts a level too deep for where they stand: a join field's table ("Scenes")
 * is a section of the document, level 2 under its h1; "No results" in a list is level 2 under
 * the list's h1.
 */
function fixHeadingLevels() {
  for (const heading of document.querySelectorAll<HTMLElement>(
    '.relationship-table__header > h4:not([aria-level]), .no-results > h3:not([aria-level])',
  ))
    heading.setAttribute('aria-level', '2')
}

export function fixStockMarkup() {
  nameListCheckboxes()
  nameFieldControls()
  nameIconButtons()
  fixDocumentTabs()
  fixLandmarks()
  fixHeadingLevels()
}
