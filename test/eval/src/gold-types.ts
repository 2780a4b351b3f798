/** The gold file of one corpus document, as docs/annotation.md defines it. */

export const BLOCK_ROLES = [
  'chrome',
  'headline',
  'standfirst',
  'dateline',
  'byline',
  'heading',
  'paragraph',
  'list-item',
  'caption',
  'credit',
  'teaser',
  'repeat',
] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

/** Roles whose lines hold the story's sentences (a dateline joins the sentence after it). */
export const SENTENCE_ROLES: ReadonlySet<BlockRole> = new Set([
  'headline',
  'paragraph',
  'list-item',
  'dateline',
]);

/** Roles whose text is the story's own: the names listed in gold come from these (docs/annotation.md). */
export const NAME_ROLES: ReadonlySet<BlockRole> = new Set([
  'headline',
  'standfirst',
  'dateline',
  'heading',
  'paragraph',
  'list-item',
]);

/** Roles a desk editor drops from the story: cleaning should remove them from `clean.body`. */
export const REMOVED_ROLES: ReadonlySet<BlockRole> = new Set(['chrome', 'teaser', 'repeat']);

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const STRIKE_KINDS = [
  'airstrike',
  'bombardment',
  'raid',
  'engagement',
  'drone-strike',
  'missile-strike',
  'shelling',
] as const;
export type GoldStrikeKind = (typeof STRIKE_KINDS)[number];

export const STRIKE_ROLES = ['total', 'subtotal', 'item', 'batch', 'headline', 'to-date'] as const;
export type StrikeRole = (typeof STRIKE_ROLES)[number];

export const PLACE_SOURCES = ['clause', 'inherited', 'none'] as const;
export type PlaceSource = (typeof PLACE_SOURCES)[number];

export interface GoldBlock {
  /** "7" or "7-10": 1-based line numbers of the document. */
  readonly lines: string;
  readonly role: BlockRole;
}

export interface GoldEntity {
  readonly text: string;
  readonly type: EntityType;
}

export interface GoldAcronym {
  readonly short: string;
  readonly long: string;
}

export interface GoldPlace {
  readonly text: string;
  readonly name: string;
  readonly country: string | null;
  readonly geonameId?: number | null;
}

export interface GoldStrike {
  readonly id: string;
  readonly quote: string;
  readonly occurrence?: number;
  readonly count: number;
  readonly approx?: boolean;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly kind: GoldStrikeKind;
  readonly measure: 'strikes' | 'engagements';
  readonly place: string | null;
  readonly country?: string | null;
  readonly placeFrom: PlaceSource;
  readonly role: StrikeRole;
  readonly parent?: string | null;
  readonly sumOf?: readonly string[] | null;
  /** For an engagements count: the strikes count it details. */
  readonly of?: string | null;
}

export interface GoldNotStrike {
  readonly quote: string;
  readonly value: number;
  readonly why: string;
}

export interface GoldFile {
  readonly id: string;
  readonly lang: 'en' | 'fr';
  readonly annotator: string;
  readonly reviewer: string | null;
  readonly blocks: readonly GoldBlock[];
  readonly headline: string | null;
  readonly sentences: readonly string[];
  readonly entities: readonly GoldEntity[];
  readonly acronyms: readonly GoldAcronym[];
  readonly places: readonly GoldPlace[];
  readonly strikes: readonly GoldStrike[];
  readonly notStrikes: readonly GoldNotStrike[];
  readonly notes?: string;
}
