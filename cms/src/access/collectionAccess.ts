import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isEditor } from './isEditor'
import { isModerator } from './isModerator'
import { isSiteOrModerator } from './isSiteOrModerator'
import { publishedOrEditor } from './publishedOrEditor'

type Access = NonNullable<CollectionConfig['access']>

/** Content with drafts (posts, pages, screenings): the public reads what is published. */
export const draftableContentAccess: Access = {
  read: publishedOrEditor,
  readVersions: isEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/** Content without drafts (categories, DVDs, press, media): public once saved. */
export const publicContentAccess: Access = { read: anyone, create: isEditor, update: isEditor, delete: isEditor }

/** What visitors send: created by the site's service account, worked by moderators, read by no one else. */
export const submissionAccess: Access = {
  read: isModerator,
  create: isSiteOrModerator,
  update: isModerator,
  delete: isModerator,
}
