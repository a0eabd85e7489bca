/** The identity checks (shared/logic/identity.ts): what they flag, what they leave, and redaction. */
import { describe, expect, it } from 'vitest';
import { identityFlags, initialsOf, redactFlags, unresolvedFlags } from '../../shared/logic/identity';

const TODAY = '2026-11-22';
const kinds = (text: string, people: string[] = []) => identityFlags(text, { people, today: TODAY }).map((f) => [f.kind, f.text]);

describe('identity checks', () => {
  it('flags names of people in the workspace and common first names, each with a suggestion', () => {
    expect(kinds('Jayden and Mia cooked tea with Priya Shah; later Shah left.', ['Priya Shah'])).toEqual([
      ['name', 'Jayden'],
      ['name', 'Mia'],
      ['person', 'Priya Shah'],
      ['person', 'Shah'],
    ]);
    expect(identityFlags('Jayden', { today: TODAY })[0]?.suggestion).toBe('Replace with initials ("J.") or a role ("a young person", "Child A").');
  });

  it('leaves everyday capitalised words, initials and roles alone', () => {
    expect(kinds('Grace was said before tea. Child A and J.S. spoke to the Registered Manager on Monday in May.')).toEqual([]);
  });

  it('flags dates of birth, addresses, postcodes and school names', () => {
    expect(kinds('Born on 4 March 2012, lives at 14 Mill Lane, NB3 4QT, and attends St Mary’s Primary School.')).toEqual([
      ['date_of_birth', 'Born on 4 March 2012'],
      ['address', '14 Mill Lane'],
      ['postcode', 'NB3 4QT'],
      ['school', 'St Mary’s Primary School'],
    ]);
    expect(kinds('DOB: 12/03/2011.')).toEqual([['date_of_birth', 'DOB: 12/03/2011']]);
    // A recent date (an incident last month) is not a date of birth.
    expect(kinds('The restraint on 14 October 2026 was recorded.')).toEqual([]);
    // The Virtual School is the council's service for children in care, not a school a child attends.
    expect(kinds('The Virtual School chases every late PEP within a week; our Virtual School head agrees.')).toEqual([]);
    expect(kinds('He moved from Virtual Academy to Oakfield School.')).toEqual([['school', 'Virtual Academy'], ['school', 'Oakfield School']]);
  });

  it('takes another list of first names (a maintained package can replace the built-in one)', () => {
    expect(kinds('Zebedee smiled.')).toEqual([]);
    expect(identityFlags('Zebedee smiled.', { firstNames: ['Zebedee'], today: TODAY }).map((f) => f.text)).toEqual(['Zebedee']);
  });

  it('resolves flags by dismissal key, and redacts names to initials', () => {
    const flags = identityFlags('Oliver met Jayden Smith at Oakfield School.', { people: ['Jayden Smith'], today: TODAY });
    expect(unresolvedFlags(flags, ['name:oliver']).map((f) => f.text)).toEqual(['Jayden Smith', 'Oakfield School']);
    expect(redactFlags('Oliver met Jayden Smith at Oakfield School.', flags)).toBe('O. met J.S. at their school.');
    expect(initialsOf('ann marie')).toBe('A.M.');
  });
});
