import type { DateField } from 'payload'

import { toCalendarDate } from '@made-in-la/shared/timeZones'

type CalendarDateOptions = Omit<Partial<DateField>, 'type'> & { name: string }

/**
 * A date without a time of day (a preferred date, a press date): picked as a day, kept at noon UTC so
 * it is the same day in every editor's zone, and shown without a time in lists.
 */
export const calendarDateField = ({ admin, hooks, ...field }: CalendarDateOptions): DateField => ({
  type: 'date',
  ...field,
  admin: { ...admin, date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
  hooks: { ...hooks, beforeValidate: [({ value }) => toCalendarDate(value), ...(hooks?.beforeValidate ?? [])] },
})
