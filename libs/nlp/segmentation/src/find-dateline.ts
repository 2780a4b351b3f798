/**
 * Wire datelines: `BAGDAD, 29 juin (AFP) -`, `WASHINGTON (Reuters) -`, `SPRINGFIELD, Ill. (AP) —`,
 * `MADRID, 12 jun (EFE).-`, `Paris (AFP) -`, `TAMPA, Fla. –U.S. Central Command …` (an en or em dash glued
 * to the next word). A place in capitals, or any capitalised place followed by an
 * agency in brackets, then a dash. After the comma, the spaces are taken whole before a non-space (or
 * left to the spaces that follow the group): the same matches as `,[ ]*[^…]{1,40}?` without the quadratic
 * exchange of spaces between two quantifiers.
 */
const DATELINE =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|di|da|la|le|du|des|am|an|on|upon|sur|en|el)){0,4})(?:,(?:[ \u00A0]*[^\n()–— \u00A0][^\n()–—]{0,39}?|(?=[ \u00A0])))?[ \u00A0]*(?:\(([^()\n]{1,40})\)[ \u00A0]*)?(?:(?:[-–—]{1,2}|\.[-–—])(?=\s|$)|[–—](?=\p{Lu}))/u;

/** Agencies whose name in brackets after a place is enough to recognise a dateline. */
const AGENCY =
  /^(?:AFP|Reuters|AP|dpa|DPA|ANSA|EFE|Xinhua|Belga|ATS|APA|Kyodo|Yonhap|Bloomberg|UPI|PTI|IANS|Anadolu|TASS|Interfax|Europa Press|Lusa|MAP|APS|Bernama|Antara|PAP|MTI|BTA|ANP|AGI|Adnkronos|KNA|epd|AAP|Sputnik|Ukrinform|Jiji|IRNA|KUNA|WAM|SPA|QNA|MENA|Petra|CP|Canadian Press|Notimex|Prensa Latina|Agence France-Presse|Associated Press|Thomson Reuters)(?:[ /,].{0,25})?$/u;

const MAX_DATELINE = 90;

/**
 * Returns the offset just after the dateline (before the space that follows its dash) when `text`
 * starts with one at `start`, else `undefined`.
 */
export function findDateline(text: string, start: number, end: number): number | undefined {
  const head = text.slice(start, Math.min(end, start + MAX_DATELINE + 1));
  const m = DATELINE.exec(head);
  if (m === null) return undefined;
  const place = m[1] ?? '';
  const agency = m[2];
  const letters = place.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length >= 3 && letters === letters.toUpperCase();
  const known = agency !== undefined && AGENCY.test(agency.trim());
  if (!capitals && !known) return undefined;
  let e = start + m[0].length;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}
