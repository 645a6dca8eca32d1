import { z } from 'zod'

/**
 * What a variable may hold. Each kind reads the raw text (an empty value counts as unset) and
 * says in words what it wants, so a bad value gets a message naming the variable and the rule.
 */
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional())

export const text = () => optional(z.string())

export const url = () => optional(z.url({ error: 'must be a URL (http://… or https://…)' }))

export const postgresUrl = () =>
  optional(
    z.url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a postgres:// or postgresql:// connection string',
    }),
  )

export const email = () => optional(z.email({ error: 'must be an email address' }))

export const whole = (min: number, max: number, fallback: number) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .int({ error: `must be a whole number from ${min} to ${max}` })
      .min(min, { error: `must be a whole number from ${min} to ${max}` })
      .max(max, { error: `must be a whole number from ${min} to ${max}` })
      .default(fallback),
  )

export const flag = (fallback: boolean) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .optional()
      .transform((value) => (value === undefined ? fallback : value === 'true')),
  )

export const oneOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
) =>
  z.preprocess(
    unsetIfEmpty,
    z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback),
  )

/** `5,10`: positive numbers separated by commas. */
export const numberList = () =>
  optional(
    z
      .string()
      .transform((value) => value.split(',').map((part) => Number(part.trim())))
      .refine((numbers) => numbers.every((n) => Number.isFinite(n) && n > 0), {
        error: 'must be positive numbers separated by commas',
      }),
  )
