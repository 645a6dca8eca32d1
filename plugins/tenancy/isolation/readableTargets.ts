import type { CollectionConfig, Field } from 'payload'

/**
 * Every relationship and upload field may only point at documents its writer can read — which
 * includes "of the same company". Payload checks a field's `filterOptions` on the server with the
 * writing user's read access (`validateFilterOptions`), so a field without its own filter gets one
 * that adds nothing but that check: a foreign target is refused with a 400 that names the field,
 * and the admin panel's pickers offer only what the user can read. System writes (the Local API's
 * default `overrideAccess`) are not checked; their code chooses the targets.
 */
export function withReadableTargets(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(guardField) }
}

const readableByWriter = () => true

function guardField(field: Field): Field {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return field.filterOptions ? field : { ...field, filterOptions: readableByWriter }
    case 'array':
    case 'group':
    case 'collapsible':
    case 'row':
      return { ...field, fields: field.fields.map(guardField) }
    case 'tabs':
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(guardField) })),
      }
    case 'blocks':
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(guardField) })),
      }
    default:
      return field
  }
}

/** Every relationship and upload field of `fields`, with its dotted path (tests enumerate these). */
export function relationshipPaths(
  fields: Field[],
  prefix = '',
): Array<{ path: string; field: Field }> {
  return fields.flatMap((field): Array<{ path: string; field: Field }> => {
    const path =
      'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const nested = (children: Field[], childPrefix: string) =>
      relationshipPaths(children, childPrefix)
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return [{ path, field }]
      case 'array':
      case 'group':
        return nested(field.fields, `${path}.`)
      case 'collapsible':
      case 'row':
        return nested(field.fields, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          nested(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
        )
      default:
        return []
    }
  })
}
