/**
 * The floors `npm test` holds the figures to: recorded in docs/quality.json by
 * `npm run eval -- --set-floors`, kept as they are by a plain `npm run eval`.
 */
import { type Figures } from './evaluate';

export type Floors = Record<string, number>;

/** Floors from figures, rounded down to three decimals so that printing cannot fail them. */
export function floorsOf(figures: Figures): Floors {
  const floors: Floors = {};
  for (const [name, value] of Object.entries(figures))
    if (value !== null) floors[name] = Math.floor(value * 1000) / 1000;
  return floors;
}

export interface FloorBreach {
  readonly figure: string;
  readonly floor: number;
  readonly value: number | null;
}

export function breaches(figures: Figures, floors: Floors): FloorBreach[] {
  const out: FloorBreach[] = [];
  for (const [figure, floor] of Object.entries(floors)) {
    const value = figures[figure] ?? null;
    if (value === null || value < floor - 1e-9) out.push({ figure, floor, value });
  }
  return out;
}
