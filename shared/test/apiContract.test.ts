/**
 * The breaking-change check CI runs: the generated schema against the last released one, where every
 * break must be named by the changelog's latest release (rule in apiContract.ts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

import { type ApiRelease, apiChangelog, latestApiRelease, publishedSdl, versionOfSdl } from '../apiChangelog'
import { breakingChangeReport, unannouncedBreakingChanges } from '../apiContract'

const sharedDir = path.resolve(import.meta.dirname, '..')
const releasedSdl = readFileSync(path.join(sharedDir, 'schema.released.graphql'), 'utf8')
const currentSdl = readFileSync(path.join(sharedDir, 'schema.graphql'), 'utf8')

test('the generated schema breaks nothing of the released one that the changelog does not name', () => {
  const breaks = unannouncedBreakingChanges(releasedSdl, currentSdl, latestApiRelease)
  expect(breaks, breakingChangeReport(breaks, latestApiRelease, versionOfSdl(releasedSdl))).toEqual([])
})

test('the released schema names a release of the changelog, the latest or the one before it', () => {
  const released = versionOfSdl(releasedSdl)
  expect(released, 'shared/schema.released.graphql starts with "# version: <a release in shared/apiChangelog.ts>"').toBeDefined()
  expect(apiChangelog.slice(0, 2).map((release) => release.version)).toContain(released)
})

test('the changelog is newest first, one release a day', () => {
  const versions = apiChangelog.map((release) => release.version)
  for (const version of versions) expect(version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(versions).toEqual([...new Set(versions)].sort().reverse())
})

describe('the check, on small schemas', () => {
  const released = publishedSdl('type Query { Screenings: [Screening] }\ntype Screening { title: String!, startsAt: String }', '2026-01-01')
  const release = (version: string, breaking: string[]): ApiRelease => ({ version, changes: [], breaking })

  test('fails on a removed field, naming it', () => {
    const current = 'type Query { Screenings: [Screening] }\ntype Screening { title: String! }'
    const breaks = unannouncedBreakingChanges(released, current, release('2026-02-01', []))
    expect(breaks).toEqual([{ coordinate: 'Screening.startsAt', description: 'Screening.startsAt was removed.' }])
    expect(breakingChangeReport(breaks, release('2026-02-01', []), '2026-01-01')).toMatch(/Screening\.startsAt: Screening\.startsAt was removed/)
  })

  test('passes on a removed field that the latest release names, by field or by its type', () => {
    const current = 'type Query { Screenings: [Screening] }\ntype Screening { title: String! }'
    expect(unannouncedBreakingChanges(released, current, release('2026-02-01', ['Screening.startsAt']))).toEqual([])
    expect(unannouncedBreakingChanges(released, current, release('2026-02-01', ['Screening']))).toEqual([])
  })

  test('fails when only the released version itself names the break: a published release is not rewritten', () => {
    const current = 'type Query { Screenings: [Screening] }\ntype Screening { title: String! }'
    const breaks = unannouncedBreakingChanges(released, current, release('2026-01-01', ['Screening.startsAt']))
    expect(breaks.map((change) => change.coordinate)).toEqual(['Screening.startsAt'])
    expect(breakingChangeReport(breaks, release('2026-01-01', []), '2026-01-01')).toMatch(/add a newer release/)
  })

  test('passes on an added field, type or query', () => {
    const current = 'type Query { Screenings: [Screening], Places: [String] }\ntype Screening { title: String!, startsAt: String, endsAt: String }'
    expect(unannouncedBreakingChanges(released, current, release('2026-01-01', []))).toEqual([])
  })

  test('fails on a field that becomes nullable, an enum value removed and a required argument added', () => {
    const before = publishedSdl(
      'type Query { Screenings(limit: Int): [Screening] }\ntype Screening { title: String!, status: Status }\nenum Status { scheduled cancelled }',
      '2026-01-01',
    )
    const after =
      'type Query { Screenings(limit: Int, now: String!): [Screening] }\ntype Screening { title: String, status: Status }\nenum Status { scheduled }'
    const coordinates = unannouncedBreakingChanges(before, after, release('2026-02-01', [])).map((change) => change.coordinate)
    expect(coordinates.sort()).toEqual(['Query.Screenings', 'Screening.title', 'Status.cancelled'])
  })
})
