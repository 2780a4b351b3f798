import { extractStrikeReport, extractStrikes } from './extract-strike-report';

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

  it('given a headline restating a report total, then it is not also a count', () => {
    const report = extractStrikeReport(
      input(
        'Coalition conducts 11 strikes in Iraq and Syria',
        'Coalition military forces conducted 11 strikes against Islamic State targets in Iraq and Syria on Tuesday. ' +
          'Near Mosul, four strikes destroyed two fighting positions. Near Raqqa, three strikes hit a tactical unit.',
        'en',
      ),
    );
    expect(report.strikes.map((s) => [s.count, s.location?.text])).toEqual([
      [4, 'Mosul'],
      [3, 'Raqqa'],
    ]);
    expect(report.strikeTotals.map((t) => [t.count, t.evidence.segmentId])).toEqual([[11, 'b']]);
  });

  it('given the same number at another place in the body, then the headline count is kept', () => {
    const strikes = extractStrikes(
      input('Five strikes near Mosul', 'The coalition conducted five strikes near Raqqa on Tuesday.', 'en'),
    );
    expect(strikes.map((s) => s.location?.text).sort()).toEqual(['Mosul', 'Raqqa']);
  });
});
