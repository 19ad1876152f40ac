// The screenings map, on pages served without the Vue runtime: nothing of it loads until the
// visitor presses "Show on a map". Then Leaflet, its marker clusters (from the site's own origin,
// /_map/) and the tiles of the configured tile server load, and the markers come from the JSON the
// page was rendered with. The list beside it stays the primary view.
;(() => {
  const start = () => {
    const section = document.querySelector('[data-screening-map]')
    const source = document.getElementById('screening-map-data')
    if (!section || !source) return
    const data = JSON.parse(source.textContent)
    const button = section.querySelector('[data-map-toggle]')
    const canvas = section.querySelector('.map-canvas')
    const help = section.querySelector('.map-help')
    const status = section.querySelector('[role="status"]')
    let state = 'idle'
    let map
    const load = (tag, attributes) =>
      new Promise((resolve, reject) => {
        const element = Object.assign(document.createElement(tag), attributes)
        element.onload = resolve
        element.onerror = reject
        document.head.append(element)
      })

    const draw = () => {
      const L = window.L
      map = L.map(canvas, { scrollWheelZoom: false, keyboard: true })
      L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution, maxZoom: 18 }).addTo(map)
      const clusters = L.markerClusterGroup({
        showCoverageOnHover: false,
        iconCreateFunction: (cluster) => L.divIcon({ html: `<span>${Number(cluster.getChildCount())}</span>`, className: 'map-cluster', iconSize: [40, 40] }),
      })
      for (const marker of data.markers) {
        const popup = document.createElement('div')
        const link = Object.assign(document.createElement('a'), { href: marker.href, textContent: marker.title })
        const heading = document.createElement('strong')
        heading.append(link)
        popup.append(heading, document.createElement('br'), marker.when, document.createElement('br'), marker.where)
        clusters.addLayer(
          L.marker([marker.latitude, marker.longitude], {
            icon: L.divIcon({ className: 'map-marker', iconSize: [26, 26], iconAnchor: [13, 26], popupAnchor: [0, -24] }),
            title: `${marker.title}, ${marker.where}`,
            keyboard: true,
          }).bindPopup(popup),
        )
      }
      map.addLayer(clusters)
      map.fitBounds(
        data.markers.map((marker) => [marker.latitude, marker.longitude]),
        { padding: [32, 32], maxZoom: 11 },
      )
      // Markers and clusters are buttons to assistive technology, named by their screening or count.
      const name = () => {
        for (const cluster of canvas.querySelectorAll('.map-cluster')) {
          cluster.setAttribute('aria-label', data.labels.cluster.replace('{n}', cluster.textContent))
        }
      }
      map.on('zoomend moveend', name)
      name()
    }

    const setOpen = async (open) => {
      button.setAttribute('aria-expanded', String(open))
      button.textContent = open ? data.labels.hide : data.labels.show
      canvas.hidden = !open
      help.hidden = !open
      if (!open) return
      if (map) return map.invalidateSize()
      if (state === 'loading') return
      state = 'loading'
      status.textContent = data.labels.loading
      try {
        await Promise.all([
          load('link', { rel: 'stylesheet', href: data.assets.leafletCss }),
          load('link', { rel: 'stylesheet', href: data.assets.clusterCss }),
          load('script', { src: data.assets.leaflet }),
        ])
        await load('script', { src: data.assets.cluster })
        draw()
        status.textContent = ''
        section.dataset.map = 'ready'
      } catch {
        status.textContent = data.labels.failed
      }
      state = 'idle'
    }

    button.hidden = false
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'))
  }
  // The markers' JSON may come after this script in the page.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
