// Dispatches that share little text, so dedup keeps every one of them as its own story: each
// is a deterministic draw of sentences built from independent word lists.
const subjects = [
  'Le gouvernement',
  'La coalition',
  "L'armée",
  'Le ministre',
  'La police',
  'Le parlement',
  "L'ONU",
  'Les rebelles',
  'Le maire',
  'La commission',
];
const verbs = [
  'a annoncé',
  'a démenti',
  'a confirmé',
  'a dénoncé',
  'a reporté',
  'a salué',
  'a rejeté',
  'a examiné',
  'a prolongé',
  'a suspendu',
];
const objects = [
  'un accord',
  'une enquête',
  'un cessez-le-feu',
  'un budget',
  'une réforme',
  'un rapport',
  'une trêve',
  'un sommet',
  'un recensement',
  'un plan',
];
const places = [
  'à Lyon',
  'à Mossoul',
  'à Dakar',
  'à Genève',
  'à Alep',
  'à Lille',
  'à Tunis',
  'à Bamako',
  'à Kiev',
  'à Quito',
  'à Hanoï',
  'à Oslo',
];
const times = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'ce matin',
  'dans la nuit',
  'hier soir',
];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** The body of distinct dispatch number `n` (about 8 sentences). */
export function distinctBody(n: number): string {
  const r = rng(n * 2654435761 + 17);
  const sentences = Array.from({ length: 8 }, (_, i) => {
    const figure = Math.floor(r() * 9000) + 10;
    return `${pick(r, subjects)} ${pick(r, verbs)} ${pick(r, objects)} ${pick(r, places)} ${pick(r, times)}, dossier ${n}-${i} portant sur ${figure} cas.`;
  });
  return sentences.join(' ');
}
