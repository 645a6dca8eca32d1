'use client'

import Link from 'next/link'
import type { ComponentProps, ReactNode } from 'react'
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

import { cn } from './cn'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'destructive'
export type ButtonSize = 'sm' | 'md'

const base =
  'inline-flex items-center justify-center gap-2 rounded-lg font-medium whitespace-nowrap transition-colors outline-none ' +
  'data-[focus-visible]:ring-2 data-[focus-visible]:ring-brand-600 data-[focus-visible]:ring-offset-2 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 ' +
  'data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50'

const variants: Record<ButtonVariant, string> = {
  primary:
    'bg-brand-600 text-white shadow-sm hover:bg-brand-700 data-[hovered]:bg-brand-700 data-[pressed]:bg-brand-800',
  secondary:
    'bg-white text-slate-800 ring-1 ring-inset ring-slate-300 shadow-sm hover:bg-slate-50 data-[hovered]:bg-slate-50 data-[pressed]:bg-slate-100',
  ghost:
    'text-slate-700 hover:bg-slate-100 data-[hovered]:bg-slate-100 data-[pressed]:bg-slate-200',
  danger:
    'bg-white text-red-700 ring-1 ring-inset ring-red-200 hover:bg-red-50 data-[hovered]:bg-red-50 data-[pressed]:bg-red-100',
  // The confirming step of a deletion: unmistakable.
  destructive:
    'bg-red-600 text-white shadow-sm hover:bg-red-700 data-[hovered]:bg-red-700 data-[pressed]:bg-red-800',
}

const sizes: Record<ButtonSize, string> = {
  sm: 'h-8 px-3 text-sm',
  md: 'h-10 px-4 text-sm',
}

export const buttonClass = (
  variant: ButtonVariant = 'primary',
  size: ButtonSize = 'md',
  extra?: string,
) => cn(base, variants[variant], sizes[size], extra)

type Props = AriaButtonProps & {
  variant?: ButtonVariant
  size?: ButtonSize
  icon?: ReactNode
  className?: string
}

/** The one button: react-aria's (keyboard, press and focus handled), styled for the product. */
export function Button({
  variant = 'primary',
  size = 'md',
  icon,
  className,
  children,
  ...props
}: Props) {
  return (
    <AriaButton {...props} className={buttonClass(variant, size, className)}>
      {(renderProps) => (
        <>
          {icon}
          {typeof children === 'function' ? children(renderProps) : children}
        </>
      )}
    </AriaButton>
  )
}

/** A link that looks like a button (navigation stays a link for assistive technology). */
export function ButtonLink({
  variant = 'primary',
  size = 'md',
  icon,
  className,
  children,
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize; icon?: ReactNode }) {
  return (
    <Link {...props} className={buttonClass(variant, size, className)}>
      {icon}
      {children}
    </Link>
  )
}
