/** Only site paths and http(s)/mailto addresses become links; anything else (javascript:, data:) does not. */
export const safeHref = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined
  if (url.startsWith('/') && !url.startsWith('//')) return url
  return /^(https?:|mailto:)/i.test(url) ? url : undefined
}
