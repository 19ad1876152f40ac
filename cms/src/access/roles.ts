import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'moderator', 'site'] as const
export type Role = (typeof roles)[number]

type UserLike = { collection?: string; roles?: Role[] | null } | null | undefined

export const hasRole = (user: UserLike, ...wanted: Role[]): boolean => user?.collection === 'users' && (user.roles ?? []).some((role) => wanted.includes(role))

export const userOf = (req: PayloadRequest): UserLike => req.user as UserLike
