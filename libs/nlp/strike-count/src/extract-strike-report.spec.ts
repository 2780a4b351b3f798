import { extractStrikeReport } from './extract-strike-report';
import type { StrikeInput, StrikeSegment, StrikeTotal } from './types';

/** One segment per line, ids `l0`, `l1`…, as the segmenter hands over report lines. */
function input(text: string, language: 'fr' | 'en'): StrikeInput {
  const segments: StrikeSegment[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    segments.push({ id: `l${segments.length}`, start, end: start + line.length, role: 'body' });
    start += line.length + 1;
  }
  return { text, language, segments, places: [] };
}

const brief = (t: StrikeTotal) => ({
  kind: t.kind,
  count: t.count,
  location: t.scope.location,
  period: t.scope.period,
  consistent: t.consistent,
  itemsSum: t.itemsSum,
});

describe('extractStrikeReport on official coalition releases', () => {
  describe('given a daily release whose lines add up', () => {
    const text = [
      'SOUTHWEST ASIA, Dec. 17, 2016 — On Dec. 16, Coalition military forces conducted 17 strikes consisting of 42 engagements against ISIS targets in Syria and Iraq.',
      'In Syria, Coalition military forces conducted 13 strikes consisting of 26 engagements against ISIS targets:',
      '-- Near Abu Kamal, one strike engaged an ISIS tactical unit and destroyed an ISIS vehicle.',
      '-- Near Raqqah, 12 strikes engaged four ISIS tactical units and destroyed two fighting positions.',
      'In Iraq, Coalition military forces conducted four strikes consisting of 16 engagements against ISIS targets:',
      '-- Near Mosul, four strikes engaged three ISIS tactical units and destroyed 11 fighting positions.',
      'These strikes were conducted as part of Operation Inherent Resolve.',
    ].join('\n');
    const report = extractStrikeReport(input(text, 'en'));

    it('reads the per-place counts, with the actor and date of the totals above them', () => {
      expect(
        report.strikes.map((c) => [
          c.count,
          c.kind,
          c.location?.text,
          c.actorCanonical,
          c.period,
          c.evidence.segmentId,
        ]),
      ).toEqual([
        [1, 'airstrike', 'Abu Kamal', 'coalition', 'On Dec. 16', 'l2'],
        [12, 'airstrike', 'Raqqah', 'coalition', 'On Dec. 16', 'l3'],
        [4, 'airstrike', 'Mosul', 'coalition', 'On Dec. 16', 'l5'],
      ]);
    });

    it('reads strikes and engagements totals separately and reconciles them', () => {
      expect(report.strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 17,
          location: 'Syria and Iraq',
          period: 'On Dec. 16',
          consistent: true,
          itemsSum: 17,
        },
        {
          kind: 'engagement',
          count: 42,
          location: 'Syria and Iraq',
          period: 'On Dec. 16',
          consistent: true,
          itemsSum: 42,
        },
        {
          kind: 'airstrike',
          count: 13,
          location: 'Syria',
          period: 'On Dec. 16',
          consistent: true,
          itemsSum: 13,
        },
        {
          kind: 'engagement',
          count: 26,
          location: 'Syria',
          period: 'On Dec. 16',
          consistent: undefined,
          itemsSum: undefined,
        },
        {
          kind: 'airstrike',
          count: 4,
          location: 'Iraq',
          period: 'On Dec. 16',
          consistent: true,
          itemsSum: 4,
        },
        {
          kind: 'engagement',
          count: 16,
          location: 'Iraq',
          period: 'On Dec. 16',
          consistent: undefined,
          itemsSum: undefined,
        },
      ]);
    });

    it('gives each total evidence that is a slice of the text', () => {
      for (const t of report.strikeTotals)
        expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
      expect(report.strikeTotals[0]?.evidence.segmentId).toBe('l0');
    });
  });

  describe('given a release whose lines do not add up, and an explicit zero', () => {
    const text = [
      'SOUTHWEST ASIA, June 3, 2017 — On June 2, Coalition military forces conducted nine strikes consisting of 20 engagements against ISIS targets in Syria:',
      '-- Near Raqqah, four strikes engaged two ISIS tactical units.',
      '-- Near Dayr Az Zawr, two strikes destroyed an ISIS oil tanker.',
      'There were no reported strikes in Iraq on June 2.',
    ].join('\n');
    const report = extractStrikeReport(input(text, 'en'));

    it('marks the total inconsistent with the sum of its lines', () => {
      expect(report.strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 9,
          location: 'Syria',
          period: 'On June 2',
          consistent: false,
          itemsSum: 6,
        },
        {
          kind: 'engagement',
          count: 20,
          location: 'Syria',
          period: 'On June 2',
          consistent: undefined,
          itemsSum: undefined,
        },
      ]);
    });

    it('reads the zero as a count of its own', () => {
      expect(report.strikes.map((c) => [c.count, c.location?.text, c.period])).toEqual([
        [4, 'Raqqah', 'On June 2'],
        [2, 'Dayr Az Zawr', 'On June 2'],
        [0, 'Iraq', 'on June 2'],
      ]);
    });
  });

  describe('given a 2016-style release whose totals have no "consisting of" and no colon', () => {
    const text = [
      'SOUTHWEST ASIA, Oct. 20, 2016 — On Oct. 19, coalition military forces conducted 21 strikes against ISIL terrorists in Syria and Iraq. Additionally in Syria, Coalition military forces conducted 4 strikes using attack, bomber, and fighter aircraft against ISIL targets.',
      '-- Near Abu Kamal, one strike destroyed an ISIL oil pump jack.',
      '-- Near Ar Raqqah, three strikes engaged three ISIL tactical units and destroyed two fighting positions.',
      'In Iraq, Coalition military forces conducted 17 strikes coordinated with and in support of the Government of Iraq using attack, bomber, fighter, and remotely piloted aircraft against ISIL targets.',
      '-- Near Al Huwayjah, one strike engaged an ISIL tactical unit.',
      '-- Near Mosul, 16 strikes engaged 11 ISIL tactical units and destroyed 41 fighting positions, 11 mortar systems and 17 VBIEDs.',
      'Task force officials define a strike as one or more kinetic events that occur in roughly the same geographic location.',
    ].join('\n');
    const report = extractStrikeReport(input(text, 'en'));

    it('takes the counts broken down by the lines below them as totals', () => {
      expect(report.strikes.map((c) => [c.count, c.location?.text])).toEqual([
        [1, 'Abu Kamal'],
        [3, 'Ar Raqqah'],
        [1, 'Al Huwayjah'],
        [16, 'Mosul'],
      ]);
      expect(report.strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 21,
          location: 'Syria and Iraq',
          period: 'On Oct. 19',
          consistent: true,
          itemsSum: 21,
        },
        {
          kind: 'airstrike',
          count: 4,
          location: 'Syria',
          period: 'On Oct. 19',
          consistent: true,
          itemsSum: 4,
        },
        {
          kind: 'airstrike',
          count: 17,
          location: 'Iraq',
          period: 'On Oct. 19',
          consistent: true,
          itemsSum: 17,
        },
      ]);
    });
  });

  describe('given a 2017-style release with "Strikes in Syria" headings', () => {
    const text = [
      'Strikes in Syria',
      'Attack, bomber, fighter, and remotely piloted aircraft conducted 10 strikes consisting of 18 engagements against ISIS targets.',
      '-- Near Abu Kamal, one strike destroyed an ISIS oil pump jack.',
      '-- Near Raqqah, nine strikes engaged eight ISIS tactical units.',
      'Strikes in Iraq',
      'Attack, bomber, fighter, fighter-attack, and remotely piloted aircraft and rocket artillery conducted 13 strikes coordinated with and in support of the Government of Iraq consisting of 52 engagements against ISIS targets.',
      '-- Near Mosul, 12 strikes engaged 11 ISIS tactical units.',
    ].join('\n');
    const report = extractStrikeReport(input(text, 'en'));

    it("gives the totals the heading's place and reconciles each with its lines", () => {
      expect(report.strikes.map((c) => [c.count, c.location?.text])).toEqual([
        [1, 'Abu Kamal'],
        [9, 'Raqqah'],
        [12, 'Mosul'],
      ]);
      expect(report.strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 10,
          location: 'Syria',
          period: undefined,
          consistent: true,
          itemsSum: 10,
        },
        {
          kind: 'engagement',
          count: 18,
          location: 'Syria',
          period: undefined,
          consistent: undefined,
          itemsSum: undefined,
        },
        {
          kind: 'airstrike',
          count: 13,
          location: 'Iraq',
          period: undefined,
          consistent: false,
          itemsSum: 12,
        },
        {
          kind: 'engagement',
          count: 52,
          location: 'Iraq',
          period: undefined,
          consistent: undefined,
          itemsSum: undefined,
        },
      ]);
    });
  });

  describe('given a French dispatch breaking a total down by country', () => {
    const text =
      "La coalition internationale a mené 27 frappes mardi en Syrie et en Irak, a annoncé le Pentagone. En Syrie, 12 frappes ont visé des positions de l'EI. En Irak, les 15 autres frappes ont été menées près de Mossoul.";
    const report = extractStrikeReport(input(text, 'fr'));

    it('keeps the country counts, prefers the place a count points at, and reconciles the total', () => {
      expect(report.strikes.map((c) => [c.count, c.location?.text, c.actorCanonical, c.period])).toEqual([
        [12, 'Syrie', 'coalition', 'mardi'],
        [15, 'Mossoul', 'coalition', 'mardi'],
      ]);
      expect(report.strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 27,
          location: 'Syrie et en Irak',
          period: 'mardi',
          consistent: true,
          itemsSum: 27,
        },
      ]);
    });
  });

  describe('given a French wire sentence announcing a total and its breakdown', () => {
    const text = 'La coalition a mené au total 12 frappes mardi : huit près de Raqa et quatre près de Tabqa.';
    const report = extractStrikeReport(input(text, 'fr'));

    it('reads the listed counts, and a total that they match', () => {
      expect(report.strikes.map((c) => [c.count, c.kind, c.location?.text, c.actor, c.period])).toEqual([
        [8, 'airstrike', 'Raqa', 'coalition', 'mardi'],
        [4, 'airstrike', 'Tabqa', 'coalition', 'mardi'],
      ]);
      expect(report.strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 12,
          location: undefined,
          period: 'mardi',
          consistent: true,
          itemsSum: 12,
        },
      ]);
    });
  });

  describe('given a stated total with nothing listed under it', () => {
    const text = 'The coalition said it had carried out a total of 5,000 strikes since 2014.';

    it('reports the total without a verdict', () => {
      expect(extractStrikeReport(input(text, 'en')).strikeTotals.map(brief)).toEqual([
        {
          kind: 'airstrike',
          count: 5000,
          location: undefined,
          period: 'since 2014',
          consistent: undefined,
          itemsSum: undefined,
        },
      ]);
    });
  });

  it('is deterministic', () => {
    const text =
      "Ces dernières 24 heures, la coalition a mené huit bombardements près de Boukamal et cinq frappes près d'Al-Qaïm.";
    expect(extractStrikeReport(input(text, 'fr'))).toEqual(extractStrikeReport(input(text, 'fr')));
  });
});
