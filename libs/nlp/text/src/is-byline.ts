import { isDateLine } from './line-shapes';

/** `By Jane Doe`, `From Pacific Fleet Public Affairs`, `Par Jean Dupont`, `Von Max Muster`, `(Reporting by …; Editing by …)`, `Avec AFP`. */
const BYLINE =
  /^\(?(?:(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Tt]ext|[Tt]exte|[Rr]eportage|[Pp]hotos?|[Vv]idéo)(?:\s+by|\s+par|\s+von|\s*:)|By|BY|From|FROM|Par|PAR|Von|VON|Por|POR|Avec)\s+\p{Lu}/u;

/** AFP end signatures: reporter and desk initials such as `pc/ybl` or `cf-abc/sg`. */
const SIGNATURE = /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,4}$/u;

/** An official release's number line: `Release # 20141220`, `Release No: 478-99`, `IMMEDIATE RELEASE No. 478-99`. */
const RELEASE_NUMBER = /^(?:(?:news|press|immediate)\s+)?release\s*(?:no\b\.?|number\b|#)[\s:]*[\w-]*\d/iu;

/** `From a Combined Joint Task Force … News Release`, `From the Pentagon`: who sent the release. */
const FROM_THE_DESK = /^From\s+(?:a|an|the)\s+\p{Lu}/u;

/**
 * Who speaks at a briefing or presides a sitting, listed before the transcript: `Presenters: Mr. …`,
 * `(Also participating in this briefing was …)`, `Présidence de M. …`.
 */
const SPEAKERS =
  /^\(?(?:Presenters?\s*:|Participants?\s*:|Also\s+participating\b|Intervenants?\s*:|Présidence\s+de\s+\p{Lu})/iu;

const MAX_BYLINE = 120;

/** A date, a bar, then who wrote or sent it: `20 Mar 2011 | Staff Headquarters Marine Corps`. */
function isDatedCredit(line: string): boolean {
  const bar = line.indexOf(' | ');
  return bar > 0 && !line.includes(' | ', bar + 3) && isDateLine(line.slice(0, bar));
}

/** Whether a line is a byline or an agency signature rather than a sentence of the story. */
export function isByline(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_BYLINE) return false;
  if (SIGNATURE.test(s) || RELEASE_NUMBER.test(s) || SPEAKERS.test(s) || isDatedCredit(s)) return true;
  if (!BYLINE.test(s) && !FROM_THE_DESK.test(s)) return false;
  // A sentence that happens to start with `Par` or `By` ends with a period; a credit line does not.
  return !/[.!?]$/u.test(s) || /\)$/u.test(s);
}
