import { expect, test } from 'vitest'

import { googleCalendarUrl, venueLine } from '../calendar'
import { formatCalendarDate, formatEventDate, formatEventTimes, formatMonth, formatPrice, monthKey, monthRange } from '../format'

test("an event's date and times are those of its own zone, whatever the machine's", () => {
  const startsAt = '2027-01-16T01:00:00.000Z'
  expect(formatEventDate(startsAt, 'America/Chicago', 'en')).toBe('Friday, January 15, 2027')
  expect(formatEventDate(startsAt, 'Asia/Tokyo', 'es')).toMatch(/^sábado, 16 de enero de 2027$/)
  expect(formatEventTimes(startsAt, '2027-01-16T03:30:00.000Z', 'America/Chicago', 'en')).toBe('7:00 PM – 9:30 PM CST')
  expect(formatEventTimes(startsAt, null, 'America/Chicago', 'en')).toBe('7:00 PM CST')
})

test('calendar dates, prices and archive months', () => {
  expect(formatCalendarDate('2027-01-15T12:00:00.000Z', 'en')).toBe('Jan 15, 2027')
  expect(formatPrice(24.95, 'USD', 'en')).toBe('$24.95')
  expect(formatMonth('2026-11', 'es')).toBe('noviembre de 2026')
  // 1 December 02:00 UTC is still November in Los Angeles, the campaign's zone.
  expect(monthKey('2026-12-01T02:00:00.000Z')).toBe('2026-11')
  expect(monthRange('2026-11')).toEqual({ from: '2026-11-01T07:00:00.000Z', to: '2026-12-01T08:00:00.000Z' })
})

test("a Google Calendar link carries UTC times, the venue's zone, two hours when there is no end, and the venue", () => {
  const link = new URL(
    googleCalendarUrl({
      title: 'Made in L.A.',
      startsAt: '2027-01-16T01:00:00.000Z',
      timeZone: 'America/Chicago',
      location: 'Hall, Chicago',
      url: 'https://example.org/s',
    }),
  )
  expect(Object.fromEntries(link.searchParams)).toEqual({
    action: 'TEMPLATE',
    text: 'Made in L.A.',
    dates: '20270116T010000Z/20270116T030000Z',
    ctz: 'America/Chicago',
    details: 'https://example.org/s',
    location: 'Hall, Chicago',
  })
  expect(venueLine({ name: 'Hall', city: 'Chicago', region: 'IL', country: 'US' })).toBe('Hall, Chicago, IL, US')
})
