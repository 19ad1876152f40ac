// The Made in L.A. screenings widget, <mila-screenings>, for partners' pages (routes/embed on the site).
// No dependencies, no eval, no inline style and no HTML parsing, so a strict content security policy
// (Trusted Types included) lets it run with the site's origin allowed for scripts, styles and fetch.
// It reads the site's JSON without credentials, so no cookie travels, and builds its shadow DOM from
// text nodes; the site's stylesheet styles it, inheriting the page's font and colour.
;(() => {
  const tag = 'mila-screenings'
  if (customElements.get(tag)) return
  const site = new URL(document.currentScript?.src ?? '/', location.href).origin

  const element = (name, attributes, ...children) => {
    const node = document.createElement(name)
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value)
    node.append(...children)
    return node
  }

  const screeningItem = (screening, calendarLabel) =>
    element(
      'li',
      { class: 'mila-screening' },
      element('h3', { class: 'mila-title' }, element('a', { href: screening.url }, screening.title)),
      element('p', { class: 'mila-when' }, element('time', { datetime: screening.startsAt }, screening.date), element('br', {}), screening.times),
      element('p', { class: 'mila-where' }, screening.venue),
      ...(screening.distance ? [element('p', { class: 'mila-distance' }, screening.distance)] : []),
      ...(screening.status ? [element('p', { class: 'mila-status' }, screening.status)] : []),
      element(
        'p',
        { class: 'mila-calendar' },
        element('a', { href: screening.calendarUrl }, calendarLabel, element('span', { class: 'mila-hidden' }, `: ${screening.title}`), ' (.ics)'),
      ),
    )

  const widget = (view) =>
    element(
      'section',
      { class: 'mila', lang: view.locale, 'aria-labelledby': 'mila-heading' },
      element('h2', { class: 'mila-heading', id: 'mila-heading' }, view.heading),
      ...(view.screenings.length
        ? [element('ul', { class: 'mila-list' }, ...view.screenings.map((screening) => screeningItem(screening, view.calendarLabel)))]
        : []),
      ...(view.empty ? [element('p', { class: 'mila-empty' }, view.empty)] : []),
      element('p', { class: 'mila-links' }, ...view.links.flatMap((link, index) => [index ? ' ' : '', element('a', { href: link.url }, link.label)])),
    )

  /** The stylesheet, loaded once per widget before anything shows, so nothing flashes unstyled. */
  const stylesheet = (root) =>
    new Promise((resolve) => {
      const link = element('link', { rel: 'stylesheet', href: `${site}/embed/screenings.css`, crossorigin: 'anonymous' })
      link.addEventListener('load', () => resolve(link))
      link.addEventListener('error', () => resolve(link))
      root.append(link)
    })

  class MilaScreenings extends HTMLElement {
    static observedAttributes = ['region', 'near', 'radius', 'limit', 'lang']

    connectedCallback() {
      this.refresh()
    }

    attributeChangedCallback() {
      if (this.isConnected) this.refresh()
    }

    /** The data's address: the page's language unless lang says otherwise, and the attributes given. */
    dataUrl() {
      const url = new URL('/embed/screenings.json', site)
      const lang = this.closest('[lang]')?.getAttribute('lang') ?? ''
      if (lang.toLowerCase().startsWith('es')) url.searchParams.set('locale', 'es')
      for (const name of ['region', 'near', 'radius', 'limit']) {
        const value = this.getAttribute(name)?.trim()
        if (value) url.searchParams.set(name, value)
      }
      return url
    }

    /** Several attribute changes in a row make one request. */
    refresh() {
      if (this.pending) return
      this.pending = true
      queueMicrotask(() => {
        this.pending = false
        this.load()
      })
    }

    async load() {
      // Until the list is there, and if it cannot come, the snippet's own content (a link) shows.
      this.root ??= this.attachShadow({ mode: 'open' })
      this.sheet ??= stylesheet(this.root)
      if (!this.root.querySelector('.mila')) this.root.append(element('slot', {}))
      const url = this.dataUrl()
      this.url = url.href
      try {
        const response = await fetch(url, { credentials: 'omit' })
        const view = await response.json()
        if (!response.ok) throw new Error(view.statusMessage || view.message || response.statusText)
        const link = await this.sheet
        if (this.url === url.href) this.root.replaceChildren(link, widget(view))
      } catch (error) {
        console.warn(`<${tag}> could not load the screenings (${url.href}): ${error.message}`)
        if (this.url === url.href) this.root.replaceChildren(await this.sheet, element('slot', {}))
      }
    }
  }

  customElements.define(tag, MilaScreenings)
})()
