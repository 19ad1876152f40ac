/** Every page of the original navigation, with a piece of its CMS content to look for. */
export const sitePages = [
  { path: '/', content: 'Three immigrant women' },
  { path: '/about-the-film', content: 'Filmmakers' },
  { path: '/blog', content: 'Restore Fairness campaign</a>' },
  { path: '/blog/breakthrough-restore-fairness-campaign', content: 'Six ways to restore fairness' },
  { path: '/screenings', content: 'Demo: Los Angeles community screening' },
  { path: '/screenings?scope=past', content: 'Demo: San Francisco screening (past)' },
  { path: '/screenings/demo-los-angeles-community-screening', content: 'Demo Community Hall' },
  { path: '/buy-the-dvd', content: 'College &amp; university edition with public performance rights' },
  { path: '/get-involved', content: 'Sign the pledge against sweatshops' },
  { path: '/host-a-screening', content: 'Tell us about your screening' },
  { path: '/learn-more', content: 'Partner organisations' },
  { path: '/press', content: 'Demo: A moving portrait of garment workers' },
  { path: '/contact', content: 'Questions about screenings, licences or the press' },
  { path: '/made-in-la', content: 'No More Sweatshops is the campaign' },
  { path: '/spread-the-word', content: 'Watch Made in L.A., a documentary about immigrant garment workers' },
]

/** The same pages in Spanish: an interface string and a piece of translated CMS content. */
export const spanishPages = [
  { path: '/es', content: 'Tres mujeres inmigrantes' },
  { path: '/es/about-the-film', content: 'Sobre la película' },
  { path: '/es/blog', content: 'La campaña Restore Fairness de Breakthrough' },
  { path: '/es/blog/breakthrough-restore-fairness-campaign', content: 'Seis maneras de restaurar la justicia' },
  { path: '/es/screenings', content: 'Ejemplo: Proyección comunitaria en Los Ángeles' },
  { path: '/es/screenings/demo-los-angeles-community-screening', content: 'Añadir al calendario' },
  { path: '/es/buy-the-dvd', content: 'DVD para uso doméstico' },
  { path: '/es/get-involved', content: 'Participa' },
  { path: '/es/host-a-screening', content: 'Organiza una proyección' },
  { path: '/es/learn-more', content: 'Aprende más' },
  { path: '/es/press', content: 'Prensa' },
  { path: '/es/contact', content: 'Contacto' },
  { path: '/es/made-in-la', content: 'La campaña detrás de la película' },
  { path: '/es/spread-the-word', content: 'Mira Made in L.A., un documental' },
]
