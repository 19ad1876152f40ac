/**
 * The video hosts the site embeds, and how: the CMS accepts a video block's address only when this
 * gives an embed, and the site's poster becomes this player when pressed (youtube-nocookie, Vimeo
 * without tracking).
 */
export type VideoEmbed = { host: 'YouTube' | 'Vimeo'; src: string }

export const videoEmbed = (address: string): VideoEmbed | null => {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return null
  }
  const host = url.hostname.replace(/^www\.|^m\./, '')
  if (host === 'youtu.be') return { host: 'YouTube', src: `https://www.youtube-nocookie.com/embed/${url.pathname.slice(1)}?autoplay=1` }
  if (host === 'youtube.com') {
    const id = url.searchParams.get('v') ?? url.pathname.split('/').pop()
    return { host: 'YouTube', src: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` }
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.split('/').filter(Boolean).pop()
    return { host: 'Vimeo', src: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1` }
  }
  return null
}

export const isVideoUrl = (address: string) => videoEmbed(address) !== null
