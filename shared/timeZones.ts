/**
 * The time zones a screening can be in, with the names editors and visitors know them by, and the
 * arithmetic between a venue's wall clock and the UTC instant that is stored.
 */
import { TZDate } from '@date-fns/tz'

export type TimeZoneChoice = {
  value: string
  label: { en: string; es: string }
  /** ISO 3166 codes of the countries it is the usual zone of, first the one it is named for. */
  countries: string[]
}

const zone = (value: string, en: string, es: string, countries: string[] = []): TimeZoneChoice => ({
  value,
  label: { en, es },
  countries,
})

export const timeZones: TimeZoneChoice[] = [
  zone('Pacific/Honolulu', 'Hawaii Time (Honolulu)', 'Hora de Hawái (Honolulu)'),
  zone('America/Anchorage', 'Alaska Time (Anchorage)', 'Hora de Alaska (Anchorage)'),
  zone('America/Los_Angeles', 'Pacific Time (Los Angeles)', 'Hora del Pacífico (Los Ángeles)', ['US']),
  zone('America/Vancouver', 'Pacific Time (Vancouver)', 'Hora del Pacífico (Vancouver)'),
  zone('America/Tijuana', 'Pacific Time (Tijuana)', 'Hora del Pacífico (Tijuana)'),
  zone('America/Phoenix', 'Mountain Time, no daylight saving (Phoenix)', 'Hora de la Montaña, sin horario de verano (Phoenix)'),
  zone('America/Denver', 'Mountain Time (Denver)', 'Hora de la Montaña (Denver)'),
  zone('America/Edmonton', 'Mountain Time (Edmonton)', 'Hora de la Montaña (Edmonton)'),
  zone('America/Hermosillo', 'Mexican Pacific Time (Hermosillo)', 'Hora del Pacífico mexicano (Hermosillo)'),
  zone('America/Chicago', 'Central Time (Chicago)', 'Hora del Centro (Chicago)'),
  zone('America/Winnipeg', 'Central Time (Winnipeg)', 'Hora del Centro (Winnipeg)'),
  zone('America/Mexico_City', 'Central Mexico Time (Mexico City)', 'Hora del Centro de México (Ciudad de México)', ['MX']),
  zone('America/Guatemala', 'Central America Time (Guatemala)', 'Hora de Centroamérica (Guatemala)', ['GT']),
  zone('America/El_Salvador', 'Central America Time (San Salvador)', 'Hora de Centroamérica (San Salvador)', ['SV']),
  zone('America/Tegucigalpa', 'Central America Time (Tegucigalpa)', 'Hora de Centroamérica (Tegucigalpa)', ['HN']),
  zone('America/Managua', 'Central America Time (Managua)', 'Hora de Centroamérica (Managua)', ['NI']),
  zone('America/Costa_Rica', 'Central America Time (San José, Costa Rica)', 'Hora de Centroamérica (San José, Costa Rica)', ['CR']),
  zone('America/Cancun', 'Eastern Time, no daylight saving (Cancún)', 'Hora del Este, sin horario de verano (Cancún)'),
  zone('America/New_York', 'Eastern Time (New York)', 'Hora del Este (Nueva York)'),
  zone('America/Toronto', 'Eastern Time (Toronto)', 'Hora del Este (Toronto)', ['CA']),
  zone('America/Panama', 'Eastern Time, no daylight saving (Panama)', 'Hora del Este, sin horario de verano (Panamá)', ['PA']),
  zone('America/Havana', 'Cuba Time (Havana)', 'Hora de Cuba (La Habana)', ['CU']),
  zone('America/Bogota', 'Colombia Time (Bogotá)', 'Hora de Colombia (Bogotá)', ['CO']),
  zone('America/Lima', 'Peru Time (Lima)', 'Hora de Perú (Lima)', ['PE']),
  zone('America/Guayaquil', 'Ecuador Time (Guayaquil)', 'Hora de Ecuador (Guayaquil)', ['EC']),
  zone('America/Caracas', 'Venezuela Time (Caracas)', 'Hora de Venezuela (Caracas)', ['VE']),
  zone('America/Santo_Domingo', 'Atlantic Time (Santo Domingo)', 'Hora del Atlántico (Santo Domingo)', ['DO']),
  zone('America/Puerto_Rico', 'Atlantic Time (Puerto Rico)', 'Hora del Atlántico (Puerto Rico)', ['PR']),
  zone('America/Halifax', 'Atlantic Time (Halifax)', 'Hora del Atlántico (Halifax)'),
  zone('America/La_Paz', 'Bolivia Time (La Paz)', 'Hora de Bolivia (La Paz)', ['BO']),
  zone('America/Santiago', 'Chile Time (Santiago)', 'Hora de Chile (Santiago)', ['CL']),
  zone('America/Asuncion', 'Paraguay Time (Asunción)', 'Hora de Paraguay (Asunción)', ['PY']),
  zone('America/St_Johns', 'Newfoundland Time (St. John’s)', 'Hora de Terranova (St. John’s)'),
  zone('America/Argentina/Buenos_Aires', 'Argentina Time (Buenos Aires)', 'Hora de Argentina (Buenos Aires)', ['AR']),
  zone('America/Montevideo', 'Uruguay Time (Montevideo)', 'Hora de Uruguay (Montevideo)', ['UY']),
  zone('America/Sao_Paulo', 'Brasília Time (São Paulo)', 'Hora de Brasilia (São Paulo)', ['BR']),
  zone('Atlantic/Reykjavik', 'Greenwich Mean Time (Reykjavík)', 'Hora del meridiano de Greenwich (Reikiavik)', ['IS']),
  zone('UTC', 'Coordinated Universal Time (UTC)', 'Tiempo universal coordinado (UTC)'),
  zone('Europe/London', 'UK Time (London)', 'Hora del Reino Unido (Londres)', ['GB']),
  zone('Europe/Dublin', 'Irish Time (Dublin)', 'Hora de Irlanda (Dublín)', ['IE']),
  zone('Europe/Lisbon', 'Western European Time (Lisbon)', 'Hora de Europa occidental (Lisboa)', ['PT']),
  zone('Europe/Madrid', 'Central European Time (Madrid)', 'Hora de Europa central (Madrid)', ['ES']),
  zone('Europe/Paris', 'Central European Time (Paris)', 'Hora de Europa central (París)', ['FR', 'MC']),
  zone('Europe/Brussels', 'Central European Time (Brussels)', 'Hora de Europa central (Bruselas)', ['BE', 'LU']),
  zone('Europe/Amsterdam', 'Central European Time (Amsterdam)', 'Hora de Europa central (Ámsterdam)', ['NL']),
  zone('Europe/Berlin', 'Central European Time (Berlin)', 'Hora de Europa central (Berlín)', ['DE', 'DK', 'NO', 'SE']),
  zone('Europe/Zurich', 'Central European Time (Zurich)', 'Hora de Europa central (Zúrich)', ['CH', 'LI']),
  zone('Europe/Vienna', 'Central European Time (Vienna)', 'Hora de Europa central (Viena)', ['AT', 'CZ', 'SK', 'HU', 'SI']),
  zone('Europe/Rome', 'Central European Time (Rome)', 'Hora de Europa central (Roma)', ['IT', 'MT', 'SM', 'VA']),
  zone('Europe/Warsaw', 'Central European Time (Warsaw)', 'Hora de Europa central (Varsovia)', ['PL', 'HR', 'RS', 'BA', 'ME', 'MK', 'AL']),
  zone('Europe/Athens', 'Eastern European Time (Athens)', 'Hora de Europa oriental (Atenas)', ['GR', 'CY', 'BG', 'RO']),
  zone('Europe/Helsinki', 'Eastern European Time (Helsinki)', 'Hora de Europa oriental (Helsinki)', ['FI', 'EE', 'LV', 'LT']),
  zone('Europe/Kyiv', 'Eastern European Time (Kyiv)', 'Hora de Europa oriental (Kiev)', ['UA', 'MD']),
  zone('Europe/Istanbul', 'Turkey Time (Istanbul)', 'Hora de Turquía (Estambul)', ['TR']),
]

/** Where the campaign is: the zone of new screenings, and of the blog's dates and monthly archive. */
export const siteTimeZone = 'America/Los_Angeles'

const byValue = new Map(timeZones.map((choice) => [choice.value, choice]))

export const isSupportedTimeZone = (value: unknown): value is string => typeof value === 'string' && byValue.has(value)

/** "Central Time (Chicago)", or the IANA name itself for a zone outside the list. */
export const timeZoneLabel = (value: string, locale: string) => byValue.get(value)?.label[locale === 'es' ? 'es' : 'en'] ?? value

/** US states whose usual zone is not Pacific (the country's listed default). */
const usStateZones: Record<string, string> = {
  HI: 'Pacific/Honolulu',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  ...Object.fromEntries(['CO', 'ID', 'MT', 'NM', 'UT', 'WY'].map((state) => [state, 'America/Denver'])),
  ...Object.fromEntries(
    ['AL', 'AR', 'IA', 'IL', 'KS', 'LA', 'MN', 'MO', 'MS', 'ND', 'NE', 'OK', 'SD', 'TN', 'TX', 'WI'].map((state) => [state, 'America/Chicago']),
  ),
  ...Object.fromEntries(
    ['CT', 'DC', 'DE', 'FL', 'GA', 'IN', 'KY', 'MA', 'MD', 'ME', 'MI', 'NC', 'NH', 'NJ', 'NY', 'OH', 'PA', 'RI', 'SC', 'VA', 'VT', 'WV'].map((state) => [
      state,
      'America/New_York',
    ]),
  ),
  PR: 'America/Puerto_Rico',
}

/**
 * The likely zone of a place from its country and US state, as a starting point that the editor
 * confirms (a host request names a place, not a zone). Falls back to the campaign's own zone.
 */
export const likelyTimeZone = (country: string | null | undefined, region?: string | null): string => {
  const code = (country ?? '').trim().toUpperCase()
  const state = (region ?? '').trim().toUpperCase()
  if (code === 'US' && usStateZones[state]) return usStateZones[state]
  return timeZones.find((choice) => choice.countries.includes(code))?.value ?? siteTimeZone
}

/** The UTC instant of a wall-clock time at a place: 19:00 on 2026-12-17 in Chicago is 2026-12-18T01:00Z. */
export const instantAt = (calendarDate: string, time: { hour: number; minute?: number }, timeZone: string): string => {
  const [year = 1970, month = 1, day = 1] = calendarDate.slice(0, 10).split('-').map(Number)
  return new Date(new TZDate(year, month - 1, day, time.hour, time.minute ?? 0, timeZone).getTime()).toISOString()
}

/** An instant written with the venue's offset, as schema.org wants it: "2026-12-17T19:00:00-06:00". */
export const isoWithOffset = (iso: string, timeZone: string): string => new TZDate(iso, timeZone).toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '')

/** The calendar day of an instant at a place, "2026-03-31". */
export const localDate = (iso: string, timeZone: string): string => isoWithOffset(iso, timeZone).slice(0, 10)

/** The month an instant falls in at a place, "2026-03": a screening at 11 pm on 31 March in LA is in March. */
export const localMonth = (iso: string, timeZone: string): string => localDate(iso, timeZone).slice(0, 7)

/** The first and last instant of a month at a place, for filtering by month. */
export const monthRangeIn = (key: string, timeZone: string) => {
  const [year = 1970, month = 1] = key.split('-').map(Number)
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
  return { from: instantAt(`${key}-01`, { hour: 0 }, timeZone), to: instantAt(next, { hour: 0 }, timeZone) }
}

/**
 * Every instant that is in that month somewhere on Earth (offsets run from -12 to +14 hours): the
 * range to ask the database for before keeping the screenings whose own local month it is.
 */
export const monthRangeAnywhere = (key: string) => {
  const { from, to } = monthRangeIn(key, 'UTC')
  const hour = 60 * 60 * 1000
  return { from: new Date(Date.parse(from) - 14 * hour).toISOString(), to: new Date(Date.parse(to) + 12 * hour).toISOString() }
}

/**
 * A date without a time of day (a preferred date, a press date) is kept at noon UTC: the same
 * calendar day in every zone from UTC-11 to UTC+11, in the admin, on the site and in emails.
 * "2027-01-15", "2027-01-15T00:00:00-08:00" and a Date all keep the day they name.
 */
export const toCalendarDate = <T>(value: T): T | string => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return `${value.slice(0, 10)}T12:00:00.000Z`
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `${value.toISOString().slice(0, 10)}T12:00:00.000Z`
  return value
}
