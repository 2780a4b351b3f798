import type { LanguageGuess } from './types';

/** The subset of eld's API this package uses. */
interface EldInstance {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
  enableTextCleanup(flag: boolean): void;
  newInstance(): EldInstance;
}

/** Options of {@link createLanguageDetector}. */
export interface LanguageDetectorOptions {
  /**
   * Fewest letters a text needs before a guess is made; shorter texts are `und`.
   * @default 12
   */
  readonly minLetters?: number;
  /**
   * Smallest relative lead of the best language over the runner-up, `(best - second) / best`, for a guess
   * to count; below it the text is `und`.
   * @default 0.05
   */
  readonly minMargin?: number;
}

/** Defaults of {@link LanguageDetectorOptions}. */
export const DEFAULT_LANGUAGE_DETECTOR_OPTIONS: Required<LanguageDetectorOptions> = {
  minLetters: 12,
  minMargin: 0.05,
};

const UND: LanguageGuess = { language: 'und', confidence: 0 };

/**
 * Loads the offline detector (eld, `extrasmall` n-gram data shipped inside the npm package: ~170 ms and
 * ~90 MB RSS once per process, see the README) and returns a synchronous detector. The factory is async
 * because eld is an ES module and this package is CommonJS. Nothing is fetched over the network.
 *
 * The detector returns `und` when the text is too short, when eld calls its own result unreliable, or
 * when the best language leads the runner-up by less than `minMargin`; `confidence` is that lead.
 */
export async function createLanguageDetector(
  options: LanguageDetectorOptions = {},
): Promise<(text: string) => LanguageGuess> {
  const { minLetters, minMargin } = { ...DEFAULT_LANGUAGE_DETECTOR_OPTIONS, ...options };
  const mod = (await import('eld/extrasmall')) as unknown as { eld: EldInstance };
  const eld = mod.eld.newInstance();
  eld.enableTextCleanup(true);
  return (text: string): LanguageGuess => {
    let letters = 0;
    for (let i = 0; i < text.length && letters < minLetters; i++) {
      if (/\p{L}/u.test(text[i] ?? '')) letters++;
    }
    if (letters < minLetters) return UND;
    const result = eld.detect(text);
    if (result.language === '' || !result.isReliable()) return UND;
    const scores = Object.values(result.getScores()).sort((a, b) => b - a);
    const best = scores[0] ?? 0;
    const second = scores[1] ?? 0;
    const margin = best > 0 ? (best - second) / best : 0;
    if (margin < minMargin) return UND;
    return { language: result.language, confidence: Math.round(margin * 1000) / 1000 };
  };
}
