import type { EmailAdapter, SendEmailOptions } from 'payload'

import { settings } from '../settings'

/** Recently sent messages, newest last; development shows them in the log, tests read them. */
export const outbox: SendEmailOptions[] = []

/** The development email adapter: writes each message to the log instead of sending it. */
export const outboxEmailAdapter =
  (): EmailAdapter =>
  ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress: settings().EMAIL_FROM ?? 'no-reply@reelsmith.local',
    defaultFromName: 'Reelsmith',
    sendEmail: async (message) => {
      outbox.push(message)
      if (outbox.length > 100) outbox.shift()
      payload.logger.info(
        `Email to ${String(message.to)}: ${message.subject}\n${message.text ?? ''}`,
      )
      return { accepted: [message.to] }
    },
  })
