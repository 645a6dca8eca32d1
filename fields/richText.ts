import {
  BlockquoteFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  UnderlineFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { RichTextField } from 'payload'

/**
 * The editor of written documents (briefs, brand guidelines): text and its structure only.
 * No upload, relationship or internal-link nodes: those would point at documents by id inside a
 * JSON value, past the tenancy checks that relationship fields get (plugins/tenancy/isolation).
 */
export const textDocumentEditor = () =>
  lexicalEditor({
    features: [
      ParagraphFeature(),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      BoldFeature(),
      ItalicFeature(),
      UnderlineFeature(),
      StrikethroughFeature(),
      UnorderedListFeature(),
      OrderedListFeature(),
      BlockquoteFeature(),
      LinkFeature({ enabledCollections: [] }),
      FixedToolbarFeature(),
      InlineToolbarFeature(),
    ],
  })

/** A rich text field for a written document, e.g. a project's brief. */
export const textDocumentField = (
  field: Omit<RichTextField, 'type' | 'editor'>,
): RichTextField => ({
  ...field,
  type: 'richText',
  editor: textDocumentEditor(),
})

type LexicalValue = Parameters<typeof convertLexicalToPlaintext>[0]['data']

/** A rich text value as plain text for prompts (blank lines between blocks), or '' when empty. */
export function plainTextOf(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToPlaintext({ data: value as LexicalValue })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
