// The two behaviours of pages served without the Vue runtime (see routeRules' noScripts): the menu
// disclosure on small screens, and the video poster that becomes the player when pressed. Pages that
// hydrate have the import map and do both through their components instead.
;(() => {
  if (document.querySelector('script[type="importmap"]')) return
  const toggle = document.querySelector('.menu-toggle[aria-controls]')
  const nav = toggle && document.getElementById(toggle.getAttribute('aria-controls'))
  if (toggle && nav) {
    const setOpen = (open) => {
      nav.classList.toggle('open', open)
      toggle.setAttribute('aria-expanded', String(open))
      toggle.textContent = open ? toggle.dataset.closeLabel : toggle.dataset.openLabel
    }
    toggle.addEventListener('click', () => setOpen(!nav.classList.contains('open')))
    toggle.closest('header')?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') setOpen(false)
    })
  }
  for (const poster of document.querySelectorAll('a.video-poster[data-embed-src]')) {
    poster.addEventListener('click', (event) => {
      event.preventDefault()
      const frame = document.createElement('iframe')
      frame.src = poster.dataset.embedSrc
      frame.title = poster.dataset.embedTitle
      frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media'
      frame.allowFullscreen = true
      frame.referrerPolicy = 'strict-origin-when-cross-origin'
      poster.closest('figure')?.querySelector('.video-note')?.remove()
      poster.replaceWith(frame)
      frame.focus()
    })
  }
  document.documentElement.dataset.enhanced = ''
})()
