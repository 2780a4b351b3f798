import { storyKey, storySentences } from './story-key';

const LEAD = 'Coalition aircraft conducted eight strikes near Abu Kamal on Tuesday, the task force said.';
const SECOND = 'The strikes destroyed two fighting positions and a vehicle, officials added in a statement.';

describe('storySentences', () => {
  it('reads the same sentences whatever the wrapping and paragraphing', () => {
    const page = `${LEAD}\n\n${SECOND}`;
    const rewrapped = `Coalition aircraft conducted eight strikes near Abu\nKamal on Tuesday, the task force said. The strikes destroyed two\nfighting positions and a vehicle, officials added in a statement.`;
    expect(storySentences(rewrapped)).toEqual(storySentences(page));
    expect([...storySentences(page)]).toEqual([
      'coalition aircraft conducted eight strikes near abu kamal on tuesday the task force said',
      'the strikes destroyed two fighting positions and a vehicle officials added in a statement',
    ]);
  });

  it('leaves out labels, dates and a teaser, and keeps a cut line and a list item', () => {
    const page = [
      'DoD News',
      'September 24, 2014',
      'Bookmark and Share',
      LEAD,
      '- Near Raqqa',
      'Tribal elder Sher Muh',
      `${LEAD.slice(0, 40)}…`,
    ].join('\n');
    expect([...storySentences(page)]).toEqual([
      'coalition aircraft conducted eight strikes near abu kamal on tuesday the task force said',
      'near raqqa',
      'tribal elder sher muh',
    ]);
  });
});

describe('storyKey', () => {
  it('changes with a figure, and is empty without running text', () => {
    const page = `${LEAD}\n\n${SECOND}`;
    expect(storyKey(page, ['eight'])).toBe(storyKey(page, ['eight']));
    expect(storyKey(page, ['eight'])).not.toBe(storyKey(page, ['nine']));
    expect(storyKey('DoD News\n\nSeptember 24, 2014', ['24', '2014', 'september'])).toBe('');
  });
});
