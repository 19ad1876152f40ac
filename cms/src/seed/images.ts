import sharp from 'sharp'

/** Renders a clearly labelled demo poster, so a fresh clone has images without shipping binaries. */
export const demoImage = async (title: string, subtitle: string, hue: number, width = 1600, height = 900) => {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue},55%,22%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,38%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <text x="50%" y="46%" text-anchor="middle" font-family="sans-serif" font-size="${Math.round(width / 18)}" font-weight="700" fill="#fff">${escape(title)}</text>
  <text x="50%" y="58%" text-anchor="middle" font-family="sans-serif" font-size="${Math.round(width / 40)}" fill="#f3e9d2">${escape(subtitle)}</text>
  <text x="50%" y="92%" text-anchor="middle" font-family="sans-serif" font-size="${Math.round(width / 60)}" fill="#ffffffaa">DEMO IMAGE: replace in the media library</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
