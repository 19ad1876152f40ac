import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

/** Editors manage the published content: posts, pages, screenings, DVDs, press, media, settings. */
export const isEditor: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor')
