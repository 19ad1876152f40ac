/** The arithmetic between a venue's wall clock and the stored instant (shared/timeZones.ts, used by both servers). */
import { formatCalendarDate, formatEventTimes, monthKey, monthRange } from '@made-in-la/shared/format'
import {
  instantAt,
  isoWithOffset,
  likelyTimeZone,
  localDate,
  localMonth,
  monthRangeAnywhere,
  timeZoneLabel,
  timeZones,
  toCalendarDate,
} from '@made-in-la/shared/timeZones'
import { describe, expect, test } from 'vitest'

describe('wall-clock time at a venue', () => {
  test('7 pm in Chicago in December is 01:00 UTC the next day, and reads back as 7 pm with its offset', () => {
    const instant = instantAt('2026-12-17', { hour: 19 }, 'America/Chicago')
    expect(instant).toBe('2026-12-18T01:00:00.000Z')
    expect(isoWithOffset(instant, 'America/Chicago')).toBe('2026-12-17T19:00:00-06:00')
    expect(formatEventTimes(instant, null, 'America/Chicago', 'en')).toBe('7:00 PM CST')
  })

  test('daylight saving time moves the offset, not the wall clock', () => {
    expect(instantAt('2027-07-01', { hour: 19 }, 'America/Chicago')).toBe('2027-07-02T00:00:00.000Z')
    expect(isoWithOffset('2027-07-02T00:00:00.000Z', 'America/Chicago')).toBe('2027-07-01T19:00:00-05:00')
    expect(instantAt('2027-03-28', { hour: 19, minute: 30 }, 'Europe/Madrid')).toBe('2027-03-28T17:30:00.000Z')
  })

  test("a screening's month is the venue's month, whatever UTC says", () => {
    const lateInLosAngeles = instantAt('2027-03-31', { hour: 23 }, 'America/Los_Angeles')
    expect(lateInLosAngeles.slice(0, 7)).toBe('2027-04')
    expect(localMonth(lateInLosAngeles, 'America/Los_Angeles')).toBe('2027-03')
    const earlyInMadrid = instantAt('2027-04-01', { hour: 0, minute: 30 }, 'Europe/Madrid')
    expect(earlyInMadrid.slice(0, 7)).toBe('2027-03')
    expect(localMonth(earlyInMadrid, 'Europe/Madrid')).toBe('2027-04')
    // The database range for a month holds every instant that is in that month somewhere.
    const { from, to } = monthRangeAnywhere('2027-03')
    expect(from < lateInLosAngeles && lateInLosAngeles < to).toBe(true)
    expect(from < earlyInMadrid && earlyInMadrid < to).toBe(true)
  })

  test("the blog's archive months are on the campaign's calendar (Los Angeles)", () => {
    expect(monthKey('2026-12-01T05:00:00.000Z')).toBe('2026-11')
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01T08:00:00.000Z', to: '2027-01-01T08:00:00.000Z' })
  })
})

describe('dates without a time of day', () => {
  test('are kept at noon UTC on the day they name', () => {
    expect(toCalendarDate('2027-01-15')).toBe('2027-01-15T12:00:00.000Z')
    expect(toCalendarDate('2027-01-15T00:00:00.000Z')).toBe('2027-01-15T12:00:00.000Z')
    expect(toCalendarDate('2027-01-15T23:30:00-08:00')).toBe('2027-01-15T12:00:00.000Z')
    expect(toCalendarDate(new Date('2027-01-15T03:00:00.000Z'))).toBe('2027-01-15T12:00:00.000Z')
    expect(toCalendarDate('not a date')).toBe('not a date')
    expect(toCalendarDate(null)).toBe(null)
  })

  test('and read as the same day from UTC-11 to UTC+11', () => {
    for (const zone of ['Pacific/Midway', 'America/Los_Angeles', 'UTC', 'Europe/Madrid', 'Asia/Tokyo', 'Pacific/Noumea']) {
      expect(localDate('2027-01-15T12:00:00.000Z', zone), zone).toBe('2027-01-15')
    }
    expect(formatCalendarDate('2027-01-15T12:00:00.000Z', 'en')).toBe('Jan 15, 2027')
    expect(formatCalendarDate('2027-01-15T12:00:00.000Z', 'es')).toMatch(/^15 ene 2027$/)
  })
})

describe('the supported zones', () => {
  test('are real IANA zones covering the Americas and Europe, each named in English and Spanish', () => {
    const values = timeZones.map((choice) => choice.value)
    expect(new Set(values).size).toBe(values.length)
    for (const choice of timeZones) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: choice.value })).not.toThrow()
      expect(choice.label.en).not.toBe(choice.label.es)
    }
    for (const zone of [
      'America/Los_Angeles',
      'America/Chicago',
      'America/New_York',
      'America/Mexico_City',
      'America/Sao_Paulo',
      'Europe/London',
      'Europe/Madrid',
      'Europe/Berlin',
    ]) {
      expect(values).toContain(zone)
    }
    expect(timeZoneLabel('America/Chicago', 'en')).toBe('Central Time (Chicago)')
    expect(timeZoneLabel('America/Chicago', 'es')).toBe('Hora del Centro (Chicago)')
  })

  test("a place's likely zone comes from its country and US state, falling back to the campaign's", () => {
    expect(likelyTimeZone('US', 'IL')).toBe('America/Chicago')
    expect(likelyTimeZone('us', ' ny ')).toBe('America/New_York')
    expect(likelyTimeZone('US', 'CA')).toBe('America/Los_Angeles')
    expect(likelyTimeZone('US', null)).toBe('America/Los_Angeles')
    expect(likelyTimeZone('MX', 'Jalisco')).toBe('America/Mexico_City')
    expect(likelyTimeZone('ES')).toBe('Europe/Madrid')
    expect(likelyTimeZone('SE')).toBe('Europe/Berlin')
    expect(likelyTimeZone('JP')).toBe('America/Los_Angeles')
  })
})
