import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { env } from './env'

/**
 * SMTP when SMTP_HOST is set; otherwise Payload writes emails to the log (development).
 * Staff notifications go to STAFF_NOTIFICATION_EMAIL.
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const { SMTP_HOST: host, SMTP_USER: user } = env
  if (!host) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS,
    defaultFromName: env.EMAIL_FROM_NAME,
    transportOptions: {
      host,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      ...(user ? { auth: { user, pass: env.SMTP_PASSWORD } } : {}),
    },
  })
}
