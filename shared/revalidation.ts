import { z } from 'zod'

/**
 * What the CMS tells the site after a change (cms/src/hooks/revalidateSite.ts), so the site drops the
 * cached pages and reads that show it (web/server/utils/revalidation.ts). A global, or a call naming
 * nothing, drops everything.
 */
export const changeSchema = z
  .object({
    collection: z.string().max(64).optional(),
    global: z.string().max(64).optional(),
    id: z.string().max(64).optional(),
    // Slugs of the pages that show the change: the document's own and the one it had, the posts
    // that list a post as related, a comment's post.
    slugs: z.array(z.string().max(200)).max(100).optional(),
    locale: z.string().max(8).optional(),
  })
  .strict()

export type Change = z.infer<typeof changeSchema>
