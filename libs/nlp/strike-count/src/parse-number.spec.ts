import writtenNumber from 'written-number';
import { parseNumber } from './parse-number';
import type { NumberLanguage } from './number-words';
import type { NumberReading } from './read-number';

type Case = readonly [NumberLanguage, string, NumberReading | undefined];

const exact = (value: number): NumberReading => ({ value, min: value, max: value, approx: false });

describe('parseNumber', () => {
  describe("digits with each language's separators", () => {
    const cases: Case[] = [
      ['fr', '10.000', exact(10000)],
      ['fr', '10 000', exact(10000)],
      ['fr', '10\u00a0000', exact(10000)],
      ['fr', '10\u202f000', exact(10000)],
      ['fr', '1.250.000', exact(1250000)],
      ['fr', '2,5 millions', exact(2500000)],
      ['fr', '13', exact(13)],
      ['en', '10,000', exact(10000)],
      ['en', '1,250,000', exact(1250000)],
      ['en', '10 000', exact(10000)],
      ['en', '1.5 million', exact(1500000)],
      ['en', '2,5', undefined],
      ['fr', '2,5', { value: 2.5, min: 2.5, max: 2.5, approx: false }],
      ['en', '2.5', { value: 2.5, min: 2.5, max: 2.5, approx: false }],
    ];
    it.each(cases)('given %s "%s", it reads %j', (lang, text, expected) => {
      expect(parseNumber(text, lang)).toEqual(expected);
    });
  });

  describe('words', () => {
    const cases: Case[] = [
      ['fr', 'huit', exact(8)],
      ['fr', 'dix-sept', exact(17)],
      ['fr', 'dix sept', exact(17)],
      ['fr', 'vingt et un', exact(21)],
      ['fr', 'soixante-dix-sept', exact(77)],
      ['fr', 'quatre-vingts', exact(80)],
      ['fr', 'quatre-vingt-quinze', exact(95)],
      ['fr', 'deux cents', exact(200)],
      ['fr', 'deux cent trois', exact(203)],
      ['fr', 'mille deux cents', exact(1200)],
      ['fr', 'trois mille', exact(3000)],
      ['fr', 'un million', exact(1000000)],
      ['fr', 'Huit', exact(8)],
      ['fr', 'un', exact(1)],
      ['fr', 'septante', exact(70)],
      ['en', 'twenty-one', exact(21)],
      ['en', 'one hundred and five', exact(105)],
      ['en', 'a hundred', exact(100)],
      ['en', 'a dozen', exact(12)],
      ['en', 'two dozen', exact(24)],
      ['en', 'half a dozen', exact(6)],
      ['en', 'Thirteen', exact(13)],
      ['en', 'a', undefined],
      ['fr', 'frappes', undefined],
      ['fr', 'huit morts', undefined],
    ];
    it.each(cases)('given %s "%s", it reads %j', (lang, text, expected) => {
      expect(parseNumber(text, lang)).toEqual(expected);
    });
  });

  describe('approximations and qualifiers', () => {
    const cases: Case[] = [
      ['fr', 'une dizaine', { value: 10, min: 8, max: 12, approx: true }],
      ['fr', 'une vingtaine de', { value: 20, min: 16, max: 24, approx: true }],
      ['fr', 'une centaine', { value: 100, min: 80, max: 120, approx: true }],
      ['fr', 'des dizaines', { value: 20, min: 20, max: 99, approx: true }],
      ['fr', 'des centaines de', { value: 200, min: 200, max: 999, approx: true }],
      ['fr', 'quelques', { value: 2, min: 2, max: 9, approx: true }],
      ['fr', 'plusieurs', { value: 2, min: 2, max: 9, approx: true }],
      ['en', 'dozens of', { value: 24, min: 24, max: 99, approx: true }],
      ['en', 'several', { value: 3, min: 3, max: 9, approx: true }],
      ['en', 'a few', { value: 2, min: 2, max: 5, approx: true }],
      ['fr', 'plus de 10.000', { value: 10000, min: 10001, approx: true }],
      ['fr', "plus d'une dizaine", { value: 10, min: 11, approx: true }],
      ['fr', 'au moins cinq', { value: 5, min: 5, approx: true }],
      ['fr', 'près de 30', { value: 30, min: 27, max: 30, approx: true }],
      ['fr', 'environ 40', { value: 40, min: 36, max: 44, approx: true }],
      ['fr', 'moins de 10', { value: 10, min: 0, max: 9, approx: true }],
      ['fr', "jusqu'à 7", { value: 7, min: 0, max: 7, approx: true }],
      ['fr', 'environ une vingtaine', { value: 20, min: 16, max: 24, approx: true }],
      ['en', 'more than 20', { value: 20, min: 21, approx: true }],
      ['en', 'at least three', { value: 3, min: 3, approx: true }],
      ['en', 'nearly 100', { value: 100, min: 90, max: 100, approx: true }],
      ['en', 'about 12', { value: 12, min: 11, max: 13, approx: true }],
      ['en', 'up to 7', { value: 7, min: 0, max: 7, approx: true }],
      ['en', 'more than a dozen', { value: 12, min: 13, approx: true }],
      ['en', 'some 30', { value: 30, min: 27, max: 33, approx: true }],
      ['en', 'a total of 13', exact(13)],
    ];
    it.each(cases)('given %s "%s", it reads %j', (lang, text, expected) => {
      expect(parseNumber(text, lang)).toEqual(expected);
    });
  });

  describe('round trip over written-number (test oracle)', () => {
    const numbers: number[] = [];
    for (let n = 0; n <= 2100; n++) numbers.push(n);
    for (let n = 2101; n < 2e9; n = Math.floor(n * 1.37) + 7) numbers.push(n);
    // written-number writes 80 000 as "quatre-vingts mille" and 2 500 000 as "deux millions cinq cents
    // mille" (the rules want no plural s there); the reader accepts both spellings, so the quirks pass.
    numbers.push(80000, 2500000, 180000, 71000, 1000000, 1000000000);

    it.each(['fr', 'en'] as const)('reads back every number %s written in words', (lang) => {
      const misread = numbers
        .map((n) => ({ n, words: writtenNumber(n, { lang }) }))
        .filter(({ n, words }) => parseNumber(words, lang)?.value !== n);
      expect(misread).toEqual([]);
    });

    it("reads the correct French spellings as well as the oracle's", () => {
      expect(parseNumber('quatre-vingt mille', 'fr')?.value).toBe(80000);
      expect(parseNumber('deux millions cinq cent mille', 'fr')?.value).toBe(2500000);
    });
  });
});
