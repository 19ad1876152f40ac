/** What the site is doing, read by /readyz: `draining` once a shutdown signal arrived. */
export const lifecycle = { draining: false }
