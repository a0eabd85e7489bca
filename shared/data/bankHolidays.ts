/**
 * Bank holidays in England and Wales, as published by the UK Government
 * (https://www.gov.uk/bank-holidays), 2025 to 2030. Dates after the last year here are not known:
 * `BANK_HOLIDAYS_KNOWN_UNTIL` lets the app say so, and a clerk can add dates (one-off holidays,
 * or years beyond this list) in the workspace. tests/unit/publication.test.ts checks every year
 * against the rules (Easter, first and last Mondays, substitute days) so a typo cannot hide here.
 */
export interface BankHoliday {
  date: string;
  name: string;
}

const NEW_YEAR = "New Year's Day";
const GOOD_FRIDAY = 'Good Friday';
const EASTER_MONDAY = 'Easter Monday';
const EARLY_MAY = 'Early May bank holiday';
const SPRING = 'Spring bank holiday';
const SUMMER = 'Summer bank holiday';
const CHRISTMAS = 'Christmas Day';
const BOXING = 'Boxing Day';

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = [
  { date: '2025-01-01', name: NEW_YEAR },
  { date: '2025-04-18', name: GOOD_FRIDAY },
  { date: '2025-04-21', name: EASTER_MONDAY },
  { date: '2025-05-05', name: EARLY_MAY },
  { date: '2025-05-26', name: SPRING },
  { date: '2025-08-25', name: SUMMER },
  { date: '2025-12-25', name: CHRISTMAS },
  { date: '2025-12-26', name: BOXING },
  { date: '2026-01-01', name: NEW_YEAR },
  { date: '2026-04-03', name: GOOD_FRIDAY },
  { date: '2026-04-06', name: EASTER_MONDAY },
  { date: '2026-05-04', name: EARLY_MAY },
  { date: '2026-05-25', name: SPRING },
  { date: '2026-08-31', name: SUMMER },
  { date: '2026-12-25', name: CHRISTMAS },
  { date: '2026-12-28', name: `${BOXING} (substitute day)` },
  { date: '2027-01-01', name: NEW_YEAR },
  { date: '2027-03-26', name: GOOD_FRIDAY },
  { date: '2027-03-29', name: EASTER_MONDAY },
  { date: '2027-05-03', name: EARLY_MAY },
  { date: '2027-05-31', name: SPRING },
  { date: '2027-08-30', name: SUMMER },
  { date: '2027-12-27', name: `${CHRISTMAS} (substitute day)` },
  { date: '2027-12-28', name: `${BOXING} (substitute day)` },
  { date: '2028-01-03', name: `${NEW_YEAR} (substitute day)` },
  { date: '2028-04-14', name: GOOD_FRIDAY },
  { date: '2028-04-17', name: EASTER_MONDAY },
  { date: '2028-05-01', name: EARLY_MAY },
  { date: '2028-05-29', name: SPRING },
  { date: '2028-08-28', name: SUMMER },
  { date: '2028-12-25', name: CHRISTMAS },
  { date: '2028-12-26', name: BOXING },
  { date: '2029-01-01', name: NEW_YEAR },
  { date: '2029-03-30', name: GOOD_FRIDAY },
  { date: '2029-04-02', name: EASTER_MONDAY },
  { date: '2029-05-07', name: EARLY_MAY },
  { date: '2029-05-28', name: SPRING },
  { date: '2029-08-27', name: SUMMER },
  { date: '2029-12-25', name: CHRISTMAS },
  { date: '2029-12-26', name: BOXING },
  { date: '2030-01-01', name: NEW_YEAR },
  { date: '2030-04-19', name: GOOD_FRIDAY },
  { date: '2030-04-22', name: EASTER_MONDAY },
  { date: '2030-05-06', name: EARLY_MAY },
  { date: '2030-05-27', name: SPRING },
  { date: '2030-08-26', name: SUMMER },
  { date: '2030-12-25', name: CHRISTMAS },
  { date: '2030-12-26', name: BOXING },
];

/** The last date this list is known to cover. */
export const BANK_HOLIDAYS_KNOWN_UNTIL = '2030-12-31';
