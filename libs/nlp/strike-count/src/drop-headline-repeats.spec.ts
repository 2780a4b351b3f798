import { extractStrikes } from './extract-strike-report';

// Hand-annotated: a headline that restates the lead's count is one count, not two.
function input(headline: string, body: string, language = 'fr') {
  const text = `${headline}\n\n${body}`;
  return {
    text,
    language,
    segments: [
      { id: 'h', start: 0, end: headline.length, role: 'headline' },
      { id: 'b', start: headline.length + 2, end: text.length, role: 'body' },
    ],
    places: [],
  };
}

describe('headline counts repeated in the body', () => {
  it('given a headline restating the lead, then the count is the body one, once', () => {
    const strikes = extractStrikes(
      input("Cinq frappes près d'Al-Qaïm", "La coalition a mené cinq frappes près d'Al-Qaïm mardi."),
    );
    expect(strikes.map((s) => [s.count, s.kind, s.location?.text, s.evidence.segmentId])).toEqual([
      [5, 'airstrike', 'Al-Qaïm', 'b'],
    ]);
  });

  it('given a headline count the body does not repeat, then it is kept', () => {
    const strikes = extractStrikes(
      input('Huit frappes près de Mossoul', "La coalition a mené cinq frappes près d'Al-Qaïm mardi."),
    );
    expect(strikes.map((s) => [s.count, s.location?.text]).sort()).toEqual([
      [5, 'Al-Qaïm'],
      [8, 'Mossoul'],
    ]);
  });

  it('given the same number at another place in the body, then the headline count is kept', () => {
    const strikes = extractStrikes(
      input('Five strikes near Mosul', 'The coalition conducted five strikes near Raqqa on Tuesday.', 'en'),
    );
    expect(strikes.map((s) => s.location?.text).sort()).toEqual(['Mosul', 'Raqqa']);
  });
});
