import { expect, test } from 'vitest'

import { type ChoiceList, availabilities, choiceLabel, dvdFormats, licences, screeningStatuses, venueTypes } from '../choices'

test('every choice has a label in English and in Spanish', () => {
  for (const list of [venueTypes, licences, dvdFormats, availabilities, screeningStatuses] as ChoiceList[]) {
    for (const value of list.values) {
      expect(list.labels[value].en, value).toBeTruthy()
      expect(list.labels[value].es, value).toBeTruthy()
    }
  }
  expect(choiceLabel(screeningStatuses, 'postponed', 'es')).toBe('Aplazada')
  expect(choiceLabel(screeningStatuses, 'postponed', 'fr')).toBe('Postponed')
})
