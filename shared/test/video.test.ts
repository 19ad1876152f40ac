import { expect, test } from 'vitest'

import { isVideoUrl, videoEmbed } from '../video'

test('YouTube and Vimeo addresses become privacy-friendly players', () => {
  expect(videoEmbed('https://www.youtube.com/watch?v=abc123')).toEqual({ host: 'YouTube', src: 'https://www.youtube-nocookie.com/embed/abc123?autoplay=1' })
  expect(videoEmbed('https://youtu.be/abc123')?.src).toBe('https://www.youtube-nocookie.com/embed/abc123?autoplay=1')
  expect(videoEmbed('https://vimeo.com/123456789')).toEqual({ host: 'Vimeo', src: 'https://player.vimeo.com/video/123456789?autoplay=1&dnt=1' })
  expect(videoEmbed('https://player.vimeo.com/video/42')?.src).toBe('https://player.vimeo.com/video/42?autoplay=1&dnt=1')
})

test('anything else is not a video the site embeds', () => {
  for (const address of ['https://example.org/watch?v=abc', 'https://youtube.com.evil.example/x', 'not a url', 'javascript:alert(1)']) {
    expect(isVideoUrl(address), address).toBe(false)
  }
})
