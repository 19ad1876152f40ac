import { defineProvider } from '@nuxt/image/runtime'

import { mediaUrl } from '../../shared/utils/mediaUrl'

/**
 * @nuxt/image provider for Payload media: asks the site's /media route for a width, and the route
 * answers with the nearest size Payload made at upload (no resizing on the fly).
 */
export default defineProvider({
  getImage: (src, { modifiers }) => {
    const url = mediaUrl(src) ?? src
    return { url: modifiers?.width ? `${url}?w=${modifiers.width}` : url }
  },
})
