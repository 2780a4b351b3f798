import {
  normalizeLanguage,
  normalizePubStatus,
  normalizeTimestamp,
  normalizeVersion,
  withDateline,
} from './normalize-fields';

describe('normalizeTimestamp', () => {
  it.each([
    ['2025-10-05T14:32:00Z', '2025-10-05T14:32:00Z'],
    ['2025-10-05T16:58:00+02:00', '2025-10-05T14:58:00Z'],
    ['2025-10-05T01:00:00-0530', '2025-10-05T06:30:00Z'],
    ['2025-10-05T23:30:00-02', '2025-10-06T01:30:00Z'],
    ['2025-10-05T14:32:00.5Z', '2025-10-05T14:32:00.500Z'],
    ['2025-10-05 14:32', '2025-10-05T14:32:00Z'],
    ['20251005T093000-0400', '2025-10-05T13:30:00Z'],
    ['20251005T1505Z', '2025-10-05T15:05:00Z'],
    ['2025-10-05', undefined],
    ['2025-02-30T10:00:00Z', undefined],
    ['2025-13-01T10:00:00Z', undefined],
    ['2025-10-05T25:00:00Z', undefined],
    ['Sun, 05 Oct 2025 14:32:00 GMT', undefined],
    [1759674720000, undefined],
  ])('given %j, then %j', (given, then) => {
    expect(normalizeTimestamp(given)).toBe(then);
  });
});

describe('normalizePubStatus', () => {
  it.each([
    ['usable', 'usable'],
    ['stat:usable', 'usable'],
    ['stat:withheld', 'withheld'],
    ['stat:canceled', 'canceled'],
    ['http://cv.iptc.org/newscodes/pubstatusg2/canceled', 'canceled'],
    ['Cancelled', 'canceled'],
    ['embargoed', 'withheld'],
    ['draft', undefined],
    [undefined, undefined],
  ])('given %j, then %j', (given, then) => {
    expect(normalizePubStatus(given)).toBe(then);
  });
});

describe('normalizeLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['EN', 'en'],
    ['fr_FR', 'fr-FR'],
    ['en-GB', 'en-GB'],
    ['français', undefined],
    ['', undefined],
  ])('given %j, then %j', (given, then) => {
    expect(normalizeLanguage(given)).toBe(then);
  });
});

describe('normalizeVersion', () => {
  it.each([
    [3, 3],
    ['3', 3],
    [' 12 ', 12],
    [0, 0],
    [-1, undefined],
    [2.5, undefined],
    ['v2', undefined],
    [null, undefined],
  ])('given %j, then %j', (given, then) => {
    expect(normalizeVersion(given)).toBe(then);
  });
});

describe('withDateline', () => {
  it.each([
    ['BEIRUT', ['Strikes hit.', 'More.'], ['BEIRUT — Strikes hit.', 'More.']],
    ['BEIRUT', ['(Reuters) - Strikes hit.'], ['BEIRUT (Reuters) - Strikes hit.']],
    ['Bagdad, 25 oct 2017 (AFP) -', ['Les forces…'], ['Bagdad, 25 oct 2017 (AFP) - Les forces…']],
    ['BEIRUT', ['BEIRUT (AP) — Strikes hit.'], ['BEIRUT (AP) — Strikes hit.']],
    ['Beyrouth, 5 oct', ['BEYROUTH, 5 oct (AFP) - Texte.'], ['BEYROUTH, 5 oct (AFP) - Texte.']],
    [undefined, ['Texte.'], ['Texte.']],
  ])('given dateline %j and %j, then %j', (dateline, given, then) => {
    expect(withDateline(given, dateline)).toEqual(then);
  });
});
