import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { roles } from '../../access/roles'
import { env } from '../../env'
import { selfOrAdmin } from '../../access/selfOrAdmin'
import { checkSignIn, requireCurrentPassword } from './hooks/signIn'
import { guardApiKeys, requireLongPassword } from './hooks/teamAccounts'
import { forgotPasswordEndpoint } from './passwordReset'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'Team member', plural: 'Team' },
  auth: {
    useAPIKey: true,
    // No lock: anyone could lock the team out. Wrong passwords are throttled per address and account
    // instead (hooks/signIn.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Sent over HTTPS only wherever the CMS is served over HTTPS (every deployment; not a local run).
    cookies: { secure: (env.CMS_PUBLIC_URL ?? '').startsWith('https://'), sameSite: 'Lax' },
  },
  access: {
    admin: isStaff,
    read: selfOrAdmin,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [checkSignIn, requireLongPassword], beforeValidate: [requireCurrentPassword, guardApiKeys] },
  endpoints: [forgotPasswordEndpoint],
  admin: {
    group: 'Settings',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    description:
      'People who can sign in. Editors manage content, moderators work submissions, admins do both and manage the team. ' +
      'The "site" role is for the public site\'s service account (API key) and can only create submissions.',
  },
  fields: [
    {
      // Asked for, never stored or read back: see hooks/signIn.ts.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      // Never kept, never sent back (read access would also hide it from the admin's form).
      hooks: { beforeChange: [() => undefined], afterRead: [() => undefined] },
      admin: {
        description: 'Only when you change your own email or password: your current password.',
        // Form data carries no document id to compare with the signed-in member's, so the field shows
        // on every saved account; it is asked for only on one's own.
        condition: (_data, _siblingData, { operation }) => operation === 'update',
        components: { Field: '@payloadcms/ui#PasswordField' },
      },
    },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
