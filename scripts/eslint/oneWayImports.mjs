import path from 'node:path'

/**
 * Imports point one way: feature plugins → platform core → infrastructure.
 *
 * - `src/lib/**` (infrastructure) and `src/ui/**` (shared UI primitives, for the product's pages
 *   and the plugins' admin components alike) import only each other;
 * - `collections/`, `endpoints/`, `hooks/`, `fields/` (the platform core) import the core and
 *   infrastructure;
 * - `plugins/<name>/**` imports its own plugin, the core and infrastructure, and of another
 *   plugin only its declared extension point, `plugins/<other>/extension.ts`.
 * The generated `payload-types.ts` is open to all; the app, scripts, tests and benches compose
 * everything and are not checked.
 */
const root = path.resolve(import.meta.dirname, '../..')
const core = new Set(['collections', 'endpoints', 'hooks', 'fields'])

/** The layer a repository path belongs to, or null when it is not checked. */
export function layerOf(file) {
  const parts = path.relative(root, file).split(path.sep)
  if (parts[0] === 'src' && parts[1] === 'lib') return { name: 'infrastructure', rank: 0 }
  if (parts[0] === 'src' && parts[1] === 'ui') return { name: 'shared UI', rank: 0 }
  if (core.has(parts[0])) return { name: 'core', rank: 1 }
  if (parts[0] === 'plugins' && parts.length > 2)
    return { name: `plugins/${parts[1]}`, rank: 2, plugin: parts[1] }
  return null
}

const isExtensionPoint = (file) =>
  /^extension(\.tsx?)?$/.test(path.basename(file)) &&
  path.dirname(path.dirname(file)) === path.join(root, 'plugins')

/** Why `from` may not import `target`, or null when it may. */
export function violation(from, target) {
  const source = layerOf(from)
  if (!source) return null
  if (path.relative(root, target).replace(/\.(ts|tsx)$/, '') === 'payload-types') return null
  const layer = layerOf(target)
  if (!layer)
    return `${source.name} may not import ${path.relative(root, target)} (only the app and scripts compose the config)`
  if (layer.rank < source.rank) return null
  if (layer.rank > source.rank)
    return `${source.name} may not import ${layer.name}: imports point from features to the core to infrastructure`
  if (layer.plugin && layer.plugin !== source.plugin && !isExtensionPoint(target)) {
    return `${source.name} may reach ${layer.name} only through its extension point (plugins/${layer.plugin}/extension.ts)`
  }
  return null
}

export const oneWayImports = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'Imports point from features to the core to infrastructure.' },
  },
  create(context) {
    const check = (node) => {
      const spec = node.source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const problem = violation(
        context.filename,
        path.resolve(path.dirname(context.filename), spec),
      )
      if (problem) context.report({ node: node.source, message: problem })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}
