import { inject } from 'vitest'

import { api, type Auth, login, unique } from './http'

export type RoleName = 'anonymous' | 'editor' | 'moderator' | 'admin' | 'site'

/** Signs in as the seeded admin and creates one team member per role, each acting from its own address. */
export const signInAsEveryRole = async (): Promise<Record<RoleName, Auth & { id?: string }>> => {
  const admin = inject('adminCredentials')
  const adminJwt = await login(admin.email, admin.password)
  const adminMe = await api('GET', '/api/users/me', { auth: { jwt: adminJwt } })
  const members: Record<RoleName, Auth & { id?: string }> = {
    anonymous: { ip: '10.1.0.1' },
    admin: { jwt: adminJwt, id: adminMe.body.user.id, ip: '10.1.0.2' },
    editor: { ip: '10.1.0.3' },
    moderator: { ip: '10.1.0.4' },
    site: { apiKey: inject('siteApiKey'), ip: '10.1.0.5' },
  }
  for (const role of ['editor', 'moderator'] as const) {
    const email = `${unique(role)}@test.invalid`
    const password = `password-${role}-123`
    const created = await api('POST', '/api/users', {
      auth: { jwt: adminJwt },
      body: { email, password, name: `Test ${role}`, roles: [role] },
    })
    if (created.status !== 201) throw new Error(`could not create ${role}: ${JSON.stringify(created.body)}`)
    members[role] = { ...members[role], jwt: await login(email, password), id: created.body.doc.id }
  }
  return members
}
