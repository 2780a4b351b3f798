import { type Expected, runStrikes, s } from './testing/expect-strikes';

/**
 * English wire and official-report phrasings, hand-annotated (see the French table for the format).
 * Report lines are given one at a time here; their reconciliation is in the report spec.
 */
const cases: readonly (readonly [string, readonly Expected[]])[] = [
  [
    'The U.S.-led coalition conducted 13 airstrikes near Raqqa on Tuesday.',
    [s(13, 'airstrike', 'Raqqa', { actor: 'coalition', period: 'on Tuesday' })],
  ],
  [
    'Russian warplanes carried out 25 strikes in Idlib province over the past 24 hours, the defence ministry said.',
    [s(25, 'airstrike', 'Idlib', { actor: 'Russia', period: 'over the past 24 hours' })],
  ],
  [
    'At least 12 air strikes hit the city of Aleppo overnight.',
    [s(12, 'airstrike', 'Aleppo', { period: 'overnight', approx: true, min: 12 })],
  ],
  ['Eight people were killed in two air strikes on Douma, activists said.', [s(2, 'airstrike', 'Douma')]],
  [
    'Israel carried out dozens of strikes against Hezbollah targets in southern Lebanon.',
    [s(24, 'airstrike', 'Lebanon', { actor: 'Israel', approx: true, min: 24, max: 99 })],
  ],
  [
    'Coalition aircraft conducted five strikes near Mosul and three near Tal Afar.',
    [
      s(5, 'airstrike', 'Mosul', { actor: 'coalition' }),
      s(3, 'airstrike', 'Tal Afar', { actor: 'coalition' }),
    ],
  ],
  [
    'The Turkish military said it had launched 18 air strikes on PKK targets in northern Iraq on Sunday.',
    [s(18, 'airstrike', 'Iraq', { actor: 'Turkey', period: 'on Sunday' })],
  ],
  [
    'More than 100 strikes have targeted Islamic State positions around Raqqa since June 1.',
    [s(100, 'airstrike', 'Raqqa', { period: 'since June 1', approx: true, min: 101 })],
  ],
  [
    'The Pentagon said two drone strikes killed al-Shabaab commanders in Somalia last week.',
    [s(2, 'drone-strike', 'Somalia', { actor: 'United States', period: 'last week' })],
  ],
  [
    'Some 30 missile strikes targeted Kharkiv on Thursday, Ukrainian officials said.',
    [s(30, 'missile-strike', 'Kharkiv', { period: 'on Thursday', approx: true, min: 27, max: 33 })],
  ],
  [
    'Government forces launched 45 artillery strikes on rebel-held Daraa.',
    [s(45, 'shelling', 'Daraa', { actor: 'Syrian government' })],
  ],
  [
    'Several airstrikes hit Hodeidah port, residents said.',
    [s(3, 'airstrike', 'Hodeidah', { approx: true, min: 3, max: 9 })],
  ],
  [
    'Up to 7 drone strikes were reported near Marib.',
    [s(7, 'drone-strike', 'Marib', { approx: true, min: 0, max: 7 })],
  ],
  [
    'Nearly 300 bombings have been recorded in Aleppo since January.',
    [s(300, 'bombardment', 'Aleppo', { period: 'since January', approx: true, min: 270, max: 300 })],
  ],
  [
    'Coalition warplanes pounded ISIS positions with 17 airstrikes in Anbar province on Monday.',
    [s(17, 'airstrike', 'Anbar', { actor: 'coalition', period: 'on Monday' })],
  ],
  [
    'The Iraqi air force flew 12 raids against militants near Baiji.',
    [s(12, 'raid', 'Baiji', { actor: 'Iraq' })],
  ],
  [
    'The army said it conducted three raids in Kandahar on Wednesday night.',
    [s(3, 'raid', 'Kandahar', { actor: 'army', period: 'on Wednesday night' })],
  ],
  [
    'Ten drone attacks targeted Russian bases in Crimea overnight.',
    [s(10, 'drone-strike', 'Crimea', { period: 'overnight' })],
  ],
  [
    'Fifteen strikes hit ISIS in Syria and Iraq on Friday.',
    [s(15, 'airstrike', 'Syria', { period: 'on Friday' })],
  ],
  [
    'In Iraq, coalition forces conducted four strikes near Mosul.',
    [s(4, 'airstrike', 'Mosul', { actor: 'coalition' })],
  ],
  [
    'NATO jets flew 40 sorties and carried out 9 strikes near Tripoli.',
    [s(9, 'airstrike', 'Tripoli', { actor: 'NATO' })],
  ],
  ['They said 5 strikes targeted Houthi positions near Saada.', [s(5, 'airstrike', 'Saada')]],
  [
    'Over the past week, coalition forces conducted 52 strikes in Syria.',
    [s(52, 'airstrike', 'Syria', { actor: 'coalition', period: 'Over the past week' })],
  ],
  ['The death toll from 3 strikes on Sanaa rose to 41.', [s(3, 'airstrike', 'Sanaa')]],
  ['A dozen airstrikes hit Idlib on Saturday.', [s(12, 'airstrike', 'Idlib', { period: 'on Saturday' })]],
  [
    'Between Dec. 9 and Dec. 15, coalition forces conducted 95 strikes in Syria and Iraq.',
    [s(95, 'airstrike', 'Syria', { actor: 'coalition', period: 'Between Dec. 9 and Dec. 15' })],
  ],
  [
    'Twenty-one raids were carried out by Saudi-led coalition jets on Sanaa.',
    [s(21, 'raid', 'Sanaa', { actor: 'coalition' })],
  ],
  [
    'Since June 1, U.S. drones have conducted 6 strikes in Yemen.',
    [s(6, 'airstrike', 'Yemen', { actor: 'United States', period: 'Since June 1' })],
  ],
  [
    'Eight Russian airstrikes hit the outskirts of Homs on Friday.',
    [s(8, 'airstrike', 'Homs', { actor: 'Russia', period: 'on Friday' })],
  ],
  [
    'Coalition forces conducted 1,250 strikes in Iraq last month.',
    [s(1250, 'airstrike', 'Iraq', { actor: 'coalition', period: 'last month' })],
  ],
  [
    'More than a dozen strikes hit Gaza City in the past day.',
    [s(12, 'airstrike', 'Gaza City', { period: 'in the past day', approx: true, min: 13 })],
  ],
  ['About 20 raids targeted Idlib and Hama.', [s(20, 'raid', 'Idlib', { approx: true, min: 18, max: 22 })]],
  [
    'US forces carried out two strikes against al-Shabaab near Kismayo on Sunday.',
    [s(2, 'airstrike', 'Kismayo', { actor: 'United States', period: 'on Sunday' })],
  ],
  [
    'Israeli jets conducted 12 strikes on Kataib Hezbollah facilities in Iraq.',
    [s(12, 'airstrike', 'Iraq', { actor: 'Israel' })],
  ],
  [
    "Russian aircraft carried out 30 strikes in Syria's Idlib province on Monday.",
    [s(30, 'airstrike', 'Idlib', { actor: 'Russia', period: 'on Monday' })],
  ],
  [
    'Turkish drones carried out 7 strikes on YPG positions in northern Syria.',
    [s(7, 'airstrike', 'Syria', { actor: 'Turkey' })],
  ],
  [
    'Two Russian strikes hit a market in Maaret al-Noomane, killing 15.',
    [s(2, 'airstrike', 'Maaret al-Noomane', { actor: 'Russia' })],
  ],
  [
    'The Pentagon said it had conducted 5 airstrikes in Somalia this year.',
    [s(5, 'airstrike', 'Somalia', { actor: 'United States', period: 'this year' })],
  ],
  [
    'Between 40 and 50 strikes hit Aleppo overnight.',
    [s(40, 'airstrike', 'Aleppo', { period: 'overnight', approx: true, min: 40, max: 50 })],
  ],
  [
    'Two or three drone strikes hit Marib.',
    [s(2, 'drone-strike', 'Marib', { approx: true, min: 2, max: 3 })],
  ],
  [
    'Nine US strikes killed 150 al-Shabaab fighters at a camp north of Mogadishu.',
    [s(9, 'airstrike', 'Mogadishu', { actor: 'United States' })],
  ],
  [
    'Ukraine carried out 5 strikes on Wagner positions near Bakhmut.',
    [s(5, 'airstrike', 'Bakhmut', { actor: 'Ukraine' })],
  ],
  [
    'Russia launched 12 strikes on Kyiv on Monday.',
    [s(12, 'airstrike', 'Kyiv', { actor: 'Russia', period: 'on Monday' })],
  ],
  [
    'U.S. forces conducted three airstrikes against al-Shabaab in the vicinity of Jilib, Somalia, on Jan. 19.',
    [s(3, 'airstrike', 'Jilib', { actor: 'United States', period: 'on Jan. 19' })],
  ],
  [
    'U.S. Central Command forces conducted 7 strikes against 85 targets in Iraq and Syria.',
    [s(7, 'airstrike', 'Iraq', { actor: 'United States' })],
  ],
  [
    'The IDF carried out 50 strikes in Khan Younis overnight.',
    [s(50, 'airstrike', 'Khan Younis', { actor: 'Israel', period: 'overnight' })],
  ],
  ['A single strike hit the convoy near Hit.', [s(1, 'airstrike', 'Hit')]],
  ['No new strikes were reported in Raqqa on Friday.', [s(0, 'airstrike', 'Raqqa', { period: 'on Friday' })]],
  // Official report lines (a location in front, then the count).
  [
    'Near Abu Kamal, two strikes engaged an ISIS tactical unit and destroyed an ISIS vehicle.',
    [s(2, 'airstrike', 'Abu Kamal')],
  ],
  [
    'Near Raqqah, 10 strikes engaged eight ISIS tactical units and destroyed 12 fighting positions.',
    [s(10, 'airstrike', 'Raqqah')],
  ],
  [
    'Near Mosul, four strikes engaged three ISIS tactical units and destroyed five fighting positions.',
    [s(4, 'airstrike', 'Mosul')],
  ],
  ['Near Qayyarah, one strike destroyed an ISIS vehicle bomb factory.', [s(1, 'airstrike', 'Qayyarah')]],
  [
    'Near Deir ez-Zor, three strikes engaged an ISIS oil collection point.',
    [s(3, 'airstrike', 'Deir ez-Zor')],
  ],
  ['Near Ramadi and Hit, two strikes engaged an ISIS tactical unit.', [s(2, 'airstrike', 'Ramadi')]],
  ['-- Near Tal Afar, six strikes engaged four ISIS tactical units.', [s(6, 'airstrike', 'Tal Afar')]],
  [
    'There were no reported strikes in Iraq on Dec. 16.',
    [s(0, 'airstrike', 'Iraq', { period: 'on Dec. 16' })],
  ],
  ['There were no strikes in Syria on Dec. 12.', [s(0, 'airstrike', 'Syria', { period: 'on Dec. 12' })]],
  // Pronoun resolution.
  [
    'The Israeli military said it hit Hamas targets overnight. It carried out 20 strikes across Gaza.',
    [s(20, 'airstrike', 'Gaza', { actor: 'Israel' })],
  ],
  [
    'Russia has stepped up its air campaign. On Monday, it carried out 30 strikes near Palmyra.',
    [s(30, 'airstrike', 'Palmyra', { actor: 'Russia', period: 'On Monday' })],
  ],
  // Not strike counts.
  ['The strikes killed 24 militants, the Pentagon said.', []],
  ['Fighters seized more than 10,000 documents in Manbij.', []],
  ['The offensive began on May 31.', []],
  ['The coalition conducted a strike near Hit.', []],
  ['U.N. Security Council Resolution 2254 calls for a ceasefire.', []],
  ['Two F-16 jets took off from Incirlik.', []],
  ['Syrian government helicopters dropped 40 barrel bombs on Daraya.', []],
  ['The 2016 strikes destroyed the bridge.', []],
  ['Flight 17 crashed near Donetsk.', []],
  ['Five ISIS fighters were killed near Raqqa.', []],
  ['The coalition destroyed 3 vehicles and 2 fighting positions near Hawijah.', []],
  ['Strikes continued for 24 hours.', []],
  ['On Dec. 16 strikes resumed near Mosul.', []],
  ['A B-52 bombing raid hit targets in Afghanistan.', []],
  ['Officials said 8 suicide bombings struck Baghdad.', []],
  ['Russia launched 90 missiles and 60 drones overnight.', []],
  ['About a dozen shells landed near the hospital.', []],
  ['The strikes wounded at least 30 civilians in Idlib.', []],
  ['Three hunger strikes were held in the prison.', []],
  ['The coalition said the strike killed a senior commander and two of his aides.', []],
  ['Eight killed in air strikes on Aleppo, monitor says.', []],
  ['Twelve people died when 3 buildings collapsed after the strikes.', []],
  ['Airstrikes resumed at 5:30 a.m. local time.', []],
  ['The Israeli army said it struck 40 Hamas targets in Gaza.', []],
  ['Task force officials define a strike as one or more kinetic events.', []],
  ['About 40% of the strikes hit civilian areas.', []],
  // A tally item of a release: the article after a place put in front counts one strike.
  ['Near Tal Afar, a strike destroyed an ISIL vehicle.', [s(1, 'airstrike', 'Tal Afar')]],
  ['Near Mosul, an airstrike struck an ISIL tactical unit.', [s(1, 'airstrike', 'Mosul')]],
  // A date put before the place in front; the area named before the count in its sentence.
  [
    'On Aug. 15 near Abu Kamal, coalition military forces conducted two strikes, destroying two supply routes.',
    [s(2, 'airstrike', 'Abu Kamal', { actor: 'coalition', period: 'On Aug. 15' })],
  ],
  [
    'Coalition forces continued to attack ISIL terrorists in Syria on Saturday, using fighter aircraft to conduct eight airstrikes.',
    [s(8, 'airstrike', 'Syria', { actor: 'coalition', period: 'on Saturday' })],
  ],
  [
    'Coalition forces continued to attack ISIL terrorists in Iraq and Syria, using fighter aircraft to conduct five airstrikes.',
    [s(5, 'airstrike', undefined, { actor: 'coalition' })],
  ],
  [
    'On Aug. 16 near Abu Kamal, coalition military forces conducted a strike, destroying an ISIS vehicle.',
    [s(1, 'airstrike', 'Abu Kamal', { actor: 'coalition', period: 'On Aug. 16' })],
  ],
  ['Another strike near Al-Hasakah destroyed an ISIL vehicle.', [s(1, 'airstrike', 'Al-Hasakah')]],
  // "Another strike" in a narrative recalls the past; without a place it is no tally item either.
  ['In September, another U.S. airstrike in Somalia killed the group’s leader.', []],
  ['Officials said another strike was possible.', []],
  // Elsewhere an article is no count.
  ['An airstrike hit a convoy near Mosul, officials said.', []],
  ['Officials said a strike near Raqqa was under review.', []],
  // A stated total is not a per-place count (it is reported as a total, see the report spec).
  ['The coalition said it had carried out a total of 5,000 strikes since 2014.', []],
  [
    'Coalition military forces conducted 17 strikes consisting of 42 engagements against ISIS targets in Syria and Iraq.',
    [],
  ],
];

describe('extractStrikes, English sentences', () => {
  it.each(cases)('given "%s", it finds %j', (sentence, expected) => {
    expect(runStrikes(sentence, 'en', expected)).toEqual({ found: expected, badEvidence: [] });
  });
});
