import type { FlattenedField } from 'payload'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Documents have UUID ids (`idType: 'uuid'`); a populated document or `{ relationTo, value }` too,
 * and `{ collection, value }`, the shape Payload's admin writes its preferences' `user` in.
 */
const isId = (value: unknown) =>
  (typeof value === 'string' && uuid.test(value)) ||
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    ('relationTo' in value || 'collection' in value)) ||
  (typeof value === 'object' && value !== null && 'id' in value)

const isFiniteNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const optionValues = (field: FlattenedField) =>
  'options' in field
    ? (field.options as Array<string | { value: string }>).map((o) =>
        typeof o === 'string' ? o : o.value,
      )
    : []

/** Whether one value (or each value of a `hasMany` field) has the field's type. */
function fits(field: FlattenedField, value: unknown): boolean {
  const many = 'hasMany' in field && field.hasMany === true
  if (many && field.type !== 'relationship' && field.type !== 'upload') {
    return (
      Array.isArray(value) &&
      value.every((item) => fits({ ...field, hasMany: false } as FlattenedField, item))
    )
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string'
    case 'number':
      return isFiniteNumber(value)
    case 'checkbox':
      return typeof value === 'boolean'
    case 'date':
      return (
        (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || value instanceof Date
      )
    case 'select':
    case 'radio':
      return typeof value === 'string' && optionValues(field).includes(value)
    case 'relationship':
    case 'upload':
      return many ? Array.isArray(value) && value.every(isId) : isId(value)
    default:
      // Groups, arrays, blocks, JSON, rich text: Payload's own validation has their shape.
      return true
  }
}

/**
 * The first top-level field whose value has the wrong type (an object for a text, a word for a
 * number or a date, an option that does not exist), or null. Payload would store some of these
 * as they come (`[object Object]` in a text column) or fail on them with a 500.
 */
export function wrongTypeField(
  fields: FlattenedField[],
  data: Record<string, unknown>,
): FlattenedField | null {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    // Empty means unset (endpoints send `company: ''` for the server to fill in).
    if (value === null || value === undefined || value === '') continue
    if (!fits(field, value)) return field
  }
  return null
}

/** The type a field wants, in words, for the 400's message. */
export function describeType(field: FlattenedField): string {
  const words: Record<string, string> = {
    text: 'text',
    textarea: 'text',
    email: 'email address (text)',
    code: 'text',
    number: 'number',
    checkbox: 'true or false',
    date: 'date',
    relationship: 'document id',
    upload: 'document id',
  }
  if (field.type === 'select' || field.type === 'radio')
    return `choice (one of ${optionValues(field).join(', ')})`
  return words[field.type] ?? field.type
}
