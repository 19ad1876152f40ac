import type { CollectionConfig, Where } from 'payload'

import { anyone } from './anyone'
import { approvedOrModerator } from './approvedOrModerator'
import { isAdmin } from './isAdmin'
import { isEditor } from './isEditor'
import { isModerator } from './isModerator'
import { isSiteOrModerator } from './isSiteOrModerator'
import { publishedOrEditor } from './publishedOrEditor'
import type { PreviewCollection } from '../preview'

type Access = NonNullable<CollectionConfig['access']>

/** Content with drafts (posts, pages, screenings, DVD editions): the public reads what is published, and a preview link its draft. */
export const draftableContentAccess = (collection: PreviewCollection): Access => ({
  read: publishedOrEditor(collection),
  readVersions: isEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
})

/** Content without drafts (categories, press, media, resources): public once saved. */
export const publicContentAccess: Access = { read: anyone, create: isEditor, update: isEditor, delete: isEditor }

/** Settings that only admins see or change (API partners and their webhooks). */
export const adminAccess: Access = { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin }

/** What visitors send: created by the site's service account, worked by moderators, read by no one else. */
export const submissionAccess: Access = {
  read: isModerator,
  create: isSiteOrModerator,
  update: isModerator,
  delete: isModerator,
}

/** Submissions the site shows once a moderator approved them (comments, pledges): those are public. */
export const moderatedSubmissionAccess = (approved: Where): Access => ({ ...submissionAccess, read: approvedOrModerator(approved) })
