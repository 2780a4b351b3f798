import {
  endsWithFullDate,
  isCaptionLine,
  isCreditLine,
  isDateLine,
  isMenuLine,
  isProseLine,
  isTitleLine,
  lowerCaseShare,
  wordCount,
} from './line-shapes';

describe('line shapes', () => {
  it.each([
    'September 28, 2014',
    'Le 23 mars 2021',
    'TAMPA, Fla., Oct. 14, 2014 -',
    'May 26, 1999 2:05 PM EDT',
    'Brussels, 4 April 2019',
    'Sunday, September 2, 2007',
    'jeudi 11 février 2016',
    '11/02/2016',
    'WASHINGTON —',
  ])('reads %p as a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    'DoD News Briefing, Friday, April 16, 1999',
    'On March 2, coalition forces struck near Mosul.',
    'Point de situation des opérations du 18 au 24 mai',
    'Iraq',
    '2014',
  ])('does not read %p as a date line', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it.each([
    ['Photo by Staff Sgt. Jane Roe', true],
    ['(U.S. Air Force photo/Senior Airman John Doe)', true],
    ['VIRIN: 241010-A-RH401-9810R', true],
    ['Credit: Army Capt. Jacob Smith', true],
    ['DoD photo', true],
    ['Navy photo by Petty Officer 3rd Class Jane Roe, U.S. Navy.', true],
    ['A photo of the crew was released on Monday by the Navy, which said the ship had returned.', false],
    ['The photographer waited for hours.', false],
  ])('credit line %p: %p', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });

  it.each([
    ['Home | News | Opinion | Sport', true],
    ['Accueil • Monde • Afrique', true],
    ['News / Middle East', true],
    ['Read the report | a PDF of 40 pages', false],
    ['Strikes hit Mosul / Raqqa road as the offensive went on.', false],
  ])('menu line %p: %p', (line, expected) => {
    expect(isMenuLine(line)).toBe(expected);
  });

  it.each([
    ['Palestinians inspect the scene of an air strike in the northern Gaza Strip, March 18, 2017.', true],
    ['A woman carries goods through the rubble in Yunnan Province Wednesday, Aug. 6, 2014.', true],
    ['Afghan officers stand beside a damaged vehicle in Kandahar, 11 Dec 2010', true],
    ['Des soldats patrouillent à Gao, le 3 février 2013.', true],
    ['The ceasefire was agreed on Tuesday and held for 2014 hours.', false],
    ['Talks resume on March 18.', false],
  ])('ends with a full date %p: %p', (line, expected) => {
    expect(endsWithFullDate(line)).toBe(expected);
  });

  it('tells prose from a title', () => {
    expect(isProseLine('Coalition aircraft conducted nine strikes near Mosul on Tuesday.')).toBe(true);
    expect(isProseLine('Coalition Strikes Continue Against ISIL in Syria, Iraq')).toBe(false);
    expect(isTitleLine('Coalition Strikes Continue Against ISIL in Syria, Iraq')).toBe(true);
    expect(isTitleLine('Two sentences here. They are no title')).toBe(false);
    expect(isTitleLine('News > Coalition Strikes Continue')).toBe(false);
    expect(isTitleLine('Iraq')).toBe(false);
    expect(isTitleLine('DoD News Briefing, Tuesday, April 20, 1999 - 2:05 p.m.')).toBe(true);
    expect(isProseLine('DoD News Briefing, Tuesday, April 20, 1999 - 2:05 p.m.')).toBe(false);
    expect(isTitleLine('For current information, go to')).toBe(false);
    expect(isTitleLine('to end of page')).toBe(false);
    expect(isTitleLine('26th Marine Expeditionary Unit joins Odyssey Dawn')).toBe(true);
  });

  it('counts words and the share of lower-case ones', () => {
    expect(wordCount('  one\u00A0two  three ')).toBe(3);
    expect(lowerCaseShare('Share This Story')).toBe(0);
    expect(lowerCaseShare('killed two people Thursday, including a')).toBeCloseTo(5 / 6);
  });

  it.each([
    ['Airmen load bombs at Ellsworth Air Force Base, S.D., March 26. (U.S. Air Force photo/Jane Roe)', true],
    ['FILE - Smoke rises over the city after an air strike, Jan. 3, 2016.', true],
    ['In this image made from video, rescuers carry a child from the rubble.', true],
    ['A jet is launched from the carrier in a strike on Monday. DoD photo by Petty Officer Jane Roe.', true],
    ['The ministry said two strikes hit the depot (a former factory).', false],
    ['The crew said the photo by the pilot showed the depot. Officials agreed.', false],
    ['Coalition forces conducted nine strikes near Mosul on Tuesday.', false],
  ])('caption line %p: %p', (line, expected) => {
    expect(isCaptionLine(line)).toBe(expected);
  });
});
