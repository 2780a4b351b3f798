import { fingerprintTokens, normalizeForFingerprint } from './normalize-for-fingerprint';

describe('normalizeForFingerprint', () => {
  it.each([
    ['« Nous travaillons »  —  l’Irak', 'nous travaillons l irak'],
    ['"Nous travaillons" - l\'Irak', 'nous travaillons l irak'],
    ['“Nous  travaillons”\n\nà  l‘Irak', 'nous travaillons à l irak'],
    ['plus de 10.000 documents', 'plus de 10000 documents'],
    ['plus de 10 000 documents', 'plus de 10000 documents'],
    ['plus de 10\u202F000 documents', 'plus de 10000 documents'],
    ['more than 10,000 documents', 'more than 10000 documents'],
    ['1,5 million', '1.5 million'],
    ['1.5 million', '1.5 million'],
    ['1 234,5 km', '1234.5 km'],
    ['1,234.5 km', '1234.5 km'],
    ['le 08.06.2016', 'le 08 06 2016'],
    ['Il fait -5 °C', 'il fait − 5 ° c'],
    ['hausse de 5%', 'hausse de 5 %'],
    ['hausse de 5 %', 'hausse de 5 %'],
    ['$5 billion', '$ 5 billion'],
    ['STRASSE Straße', 'strasse strasse'],
    ['Œuvre', 'oeuvre'],
    ['Chris...', 'chris'],
    ['Chris…', 'chris'],
    ['Irak-Syrie', 'irak syrie'],
    ['Al-Qaïm', 'al qaïm'],
    ['inter\u00ADnational\u200B news\uFEFF', 'international news'],
    ['1ᵉʳ juin', '1er juin'],
    ['ﬁnal', 'final'],
    ["``quoted''", 'quoted'],
  ])('given %j, when normalised, then it is %j', (input, expected) => {
    expect(normalizeForFingerprint(input)).toBe(expected);
  });

  it.each([
    ['1.5 million', '15 million'],
    ['-5 °C', '5 °C'],
    ['5 %', '5'],
    ['américains', 'americains'],
    ['$5', '€5'],
    ['huit bombardements', 'neuf bombardements'],
  ])('given %j and %j, when normalised, then they stay different (a changed fact)', (a, b) => {
    expect(normalizeForFingerprint(a)).not.toBe(normalizeForFingerprint(b));
  });

  it('given mixed case, when tokenised for fingerprints, then case is kept for callers that need it', () => {
    expect(fingerprintTokens("L'Observatoire syrien, à Londres.")).toEqual([
      'L',
      'Observatoire',
      'syrien',
      'à',
      'Londres',
    ]);
  });
});
