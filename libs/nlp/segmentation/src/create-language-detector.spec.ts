import { createLanguageDetector } from './create-language-detector';

describe('createLanguageDetector', () => {
  let detect: Awaited<ReturnType<typeof createLanguageDetector>>;
  beforeAll(async () => {
    detect = await createLanguageDetector();
  });

  it.each([
    ['fr', "La coalition veut couper le dernier grand axe Irak-Syrie de l'EI"],
    ['fr', 'Le président a démissionné mardi soir après des semaines de manifestations.'],
    ['fr', 'Huit frappes près de Boukamal, selon le bilan quotidien des militaires américains.'],
    ['fr', "Grève à la SNCF : le trafic sera très perturbé jeudi sur l'ensemble du réseau."],
    ['fr', 'Les négociations reprendront la semaine prochaine à Genève.'],
    ['en', 'Coalition aims to cut last major Iraq-Syria route of Islamic State'],
    ['en', 'The president resigned on Tuesday after weeks of protests.'],
    ['en', 'Eight air strikes hit targets near Abu Kamal, U.S. military officials said.'],
    ['en', 'Talks will resume next week in Geneva, diplomats said on Friday.'],
    ['en', 'Oil prices fell as fears over supply eased.'],
    ['de', 'Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirte beschlossen.'],
    ['es', 'El Gobierno aprobó el martes los presupuestos generales del Estado.'],
    ['it', 'Il governo ha approvato martedì la manovra finanziaria per il prossimo anno.'],
  ])('given a %s wire sentence, it names the language', (language, text) => {
    const guess = detect(text);
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBeGreaterThan(0);
  });

  it.each([[''], ['   '], ['12 345 678'], ['OK'], ['AFP']])(
    'given %j, too little text, it says und',
    (text) => {
      expect(detect(text)).toEqual({ language: 'und', confidence: 0 });
    },
  );

  it('given the same text twice, it answers the same (no state between calls)', () => {
    const text = 'Le gouvernement a présenté son budget mercredi.';
    expect(detect(text)).toEqual(detect(text));
  });

  it('given a stricter margin, a close call becomes und', async () => {
    const strict = await createLanguageDetector({ minMargin: 0.99 });
    expect(strict('Le président a démissionné mardi soir.').language).toBe('und');
  });
});
