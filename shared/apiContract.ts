/**
 * The breaking-change check: what a schema change breaks for clients of the last released schema,
 * by graphql-js's own `findBreakingChanges`, and which of those breaks the changelog does not name.
 *
 * The rule: every breaking change since `shared/schema.released.graphql` is named, as `Type.field` or
 * `Type`, in the `breaking` list of the changelog's latest release, and that release is newer than
 * the released schema (a published version is not rewritten). Releasing means copying
 * `shared/schema.graphql` to `shared/schema.released.graphql` with the new `# version:` line.
 */
import { type BreakingChange, buildSchema, findBreakingChanges } from 'graphql'

import { type ApiRelease, versionOfSdl } from './apiChangelog'

/** Where a change is, as the changelog names it: `Type.field` (fields, arguments, input fields, enum values) or `Type`. */
export const coordinateOf = ({ description }: BreakingChange): string => {
  const requiredInput = /^A required field (\w+) on input type (\w+) was added/.exec(description)
  if (requiredInput) return `${requiredInput[2]}.${requiredInput[1]}`
  const requiredArg = /^A required arg \w+ on (\w+\.\w+) was added/.exec(description)
  if (requiredArg) return requiredArg[1]!
  const enumValue = /^(\w+) was removed from enum type (\w+)/.exec(description)
  if (enumValue) return `${enumValue[2]}.${enumValue[1]}`
  const unionMember = /^\w+ was removed from union type (\w+)/.exec(description)
  if (unionMember) return unionMember[1]!
  return /^@?\w+(\.\w+)?/.exec(description)?.[0] ?? description
}

export type UnannouncedBreak = { coordinate: string; description: string }

/** The breaking changes from the released SDL to the current one that the latest release does not name. */
export const unannouncedBreakingChanges = (releasedSdl: string, currentSdl: string, latest: ApiRelease): UnannouncedBreak[] => {
  const changes = findBreakingChanges(buildSchema(releasedSdl), buildSchema(currentSdl)).map((change) => ({
    coordinate: coordinateOf(change),
    description: change.description,
  }))
  const releasedVersion = versionOfSdl(releasedSdl)
  // The latest release is the released one: nothing may break until a new release names it.
  const named = latest.version === releasedVersion ? new Set<string>() : new Set(latest.breaking)
  return changes.filter(({ coordinate }) => !named.has(coordinate) && !named.has(coordinate.split('.')[0]!))
}

/** The check's verdict as a message: each unannounced break on its own line, or nothing when all is named. */
export const breakingChangeReport = (breaks: UnannouncedBreak[], latest: ApiRelease, releasedVersion: string | undefined) => {
  if (!breaks.length) return ''
  const where =
    latest.version === releasedVersion
      ? `the changelog's latest release (${latest.version}) is the released schema's: add a newer release to shared/apiChangelog.ts`
      : `name each in the \`breaking\` list of ${latest.version} in shared/apiChangelog.ts`
  return [
    `${breaks.length} breaking change(s) since the released schema (${releasedVersion ?? 'no version'}); ${where}:`,
    ...breaks.map(({ coordinate, description }) => `  ${coordinate}: ${description}`),
  ].join('\n')
}
