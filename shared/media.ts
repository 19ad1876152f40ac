/** Payload answers media as /api/media/file/<name>; the site serves them under /media/<name>. */
export const mediaUrl = (url: string | null | undefined): string | undefined => {
  if (!url) return undefined
  const name = url.split('/api/media/file/')[1]
  return name ? `/media/${name}` : undefined
}
