/**
 * The film's marks in the admin, as on the site (web/public/badge.svg and favicon.svg): the wordmark
 * on the sign-in page, the badge at the top of the navigation.
 */
const maroon = '#7a1f1f'
const cream = '#fdf6ec'

export const Logo = () => (
  <svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 200 80" role="img" aria-label="Made in L.A. · No More Sweatshops">
    <rect width="200" height="80" rx="8" fill={maroon} />
    <text x="100" y="36" textAnchor="middle" fontFamily="Georgia, serif" fontSize="22" fontWeight="700" fill={cream}>
      Made in L.A.
    </text>
    <text x="100" y="60" textAnchor="middle" fontFamily="Helvetica, Arial, sans-serif" fontSize="13" letterSpacing="1.5" fill="#f3d9a4">
      NO MORE SWEATSHOPS
    </text>
  </svg>
)

export const Icon = () => (
  <svg
    xmlns="http://www.w3.org/2000/svg"
    width="100%"
    height="100%"
    viewBox="0 0 32 32"
    role="img"
    aria-label="Made in L.A."
    style={{ maxWidth: 32, maxHeight: 32 }}
  >
    <rect width="32" height="32" rx="6" fill={maroon} />
    <text x="16" y="22" textAnchor="middle" fontFamily="Georgia, serif" fontSize="16" fontWeight="700" fill={cream}>
      LA
    </text>
  </svg>
)
