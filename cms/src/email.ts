import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP when SMTP_HOST is set; otherwise Payload writes emails to the log (development).
 * Staff notifications go to STAFF_NOTIFICATION_EMAIL.
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS ?? 'no-reply@example.org',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Made in L.A.',
    transportOptions: {
      host,
      port: Number(process.env.SMTP_PORT ?? 587),
      secure: process.env.SMTP_SECURE === 'true',
      ...(user ? { auth: { user, pass: process.env.SMTP_PASSWORD } } : {}),
    },
  })
}
