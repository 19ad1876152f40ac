import type { CollectionBeforeValidateHook, Field, FieldHook, Validate } from 'payload'
import { date as validDate } from 'payload/shared'

import { isSupportedTimeZone, siteTimeZone, timeZones } from '@made-in-la/shared/timeZones'

/** Payload's picker list: the supported zones under the names editors know them by. */
export const supportedTimezones = timeZones.map((choice) => ({ label: choice.label.en, value: choice.value }))
const picker = { pickerAppearance: 'dayAndTime', displayFormat: 'EEE d MMM yyyy, h:mm a' } as const

const afterStart: Validate = (value, options) => {
  const { siblingData } = options as { siblingData: Record<string, unknown> }
  if (value && siblingData.startsAt && new Date(value as string) <= new Date(siblingData.startsAt as string)) return 'endsAt must be after startsAt.'
  return validDate(value as Date, options as never)
}

const startTimeChosen: Validate = (value, options) => {
  const { siblingData } = options as { siblingData: Record<string, unknown> }
  if (siblingData.startTimeConfirmed === false) {
    return 'startsAt: choose the start time before publishing (only the day came from the host request).'
  }
  return validDate(value as Date, options as never)
}

/** A screening happens in one place: the end is always in the start's zone. */
const startZone: FieldHook = ({ siblingData }) => siblingData.startsAt_tz

const supportedZone: Validate = (value) =>
  value == null || isSupportedTimeZone(value)
    ? true
    : `"${String(value)}" is not a supported time zone; choose one of the listed zones, e.g. America/Los_Angeles.`

/**
 * A screening's start and end, entered and shown as wall-clock time in the venue's zone whatever the
 * editor's own (Payload's `timezone`: the UTC instant is stored with `startsAt_tz` beside it).
 */
export const venueTimeFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'startsAt',
        label: 'Starts',
        type: 'date',
        required: true,
        index: true,
        timezone: {
          supportedTimezones,
          defaultTimezone: siteTimeZone,
          required: true,
          override: ({ baseField }) => ({ ...baseField, validate: supportedZone }),
        },
        validate: startTimeChosen,
        admin: {
          width: '50%',
          date: picker,
          description: "Pick the venue's time zone first, then the local start time.",
        },
      },
      {
        name: 'endsAt',
        label: 'Ends',
        type: 'date',
        timezone: {
          supportedTimezones,
          defaultTimezone: siteTimeZone,
          override: ({ baseField }) => ({ ...baseField, validate: supportedZone, hooks: { beforeChange: [startZone] } }),
        },
        validate: afterStart,
        admin: {
          width: '50%',
          date: picker,
          description: 'Optional. In the same time zone as the start.',
          components: { afterInput: ['@/components/EndsInStartZone#EndsInStartZone'] },
        },
      },
    ],
  },
  {
    name: 'startTimeConfirmed',
    label: 'Start time chosen',
    type: 'checkbox',
    defaultValue: true,
    admin: {
      condition: (data) => data?.startTimeConfirmed === false,
      description:
        'Made from a host request: only the day is known. Choose the start time above (saving a new time ticks this), or tick it to keep the time shown.',
    },
  },
  {
    // The zone under the name partners have always read; the stored one is startsAt_tz.
    name: 'timeZone',
    type: 'text',
    virtual: true,
    admin: { hidden: true },
    hooks: { afterRead: [({ siblingData }) => siblingData.startsAt_tz ?? null] },
  },
]

/** Saving a different start time is choosing it: a draft made from a host request is then publishable. */
export const confirmChosenStartTime: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !data || !originalDoc || data.startsAt === undefined) return data
  if (Date.parse(String(data.startsAt)) !== Date.parse(String(originalDoc.startsAt))) data.startTimeConfirmed = true
  return data
}
