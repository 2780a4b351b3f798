import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {
  ACCEPTED_SCHEMA_VERSIONS,
  dispatchEventValidator,
  parseDispatchEvent,
  parseRawDispatch,
  renderJsonSchemas,
  SCHEMA_VERSION,
  strikeEventValidator,
  topicNames,
  type DispatchEvent,
} from './index';

// A hand-written enriched event, as a downstream consumer would receive it.
const enriched: DispatchEvent = {
  schemaVersion: 1,
  id: 'afp-123',
  agency: 'AFP',
  storyId: 'afp-123',
  receivedAt: '2016-06-29T14:05:00Z',
  headline: 'Titre',
  language: 'fr',
  clean: {
    body: 'Titre\n\nHuit frappes près de Boukamal.',
    removed: [{ kind: 'chrome', text: 'Rechercher' }],
  },
  dedup: { status: 'unique', fingerprint: 'ab12' },
  segments: [
    { id: 's0', index: 0, start: 0, end: 5, text: 'Titre', role: 'headline', paragraph: 0, protect: [] },
    { id: 's1', index: 1, start: 7, end: 36, text: 'Huit frappes près de Boukamal.', role: 'body' },
  ],
  entities: [
    {
      type: 'LOC',
      text: 'Boukamal',
      start: 27,
      end: 35,
      segmentId: 's1',
      canonical: { id: 'geonames:170017', name: 'Abu Kamal', country: 'SY', lat: 34.45, lon: 40.92 },
    },
  ],
  strikes: [
    {
      count: 8,
      approx: false,
      kind: 'airstrike',
      location: { text: 'Boukamal' },
      actor: { text: 'coalition', canonical: 'coalition' },
      period: { text: 'ces dernières 24 heures' },
      evidence: { text: 'Huit frappes près de Boukamal', start: 7, end: 35, segmentId: 's1' },
    },
  ],
  stages: [{ name: 'dedup', version: '0.1.0' }],
};

describe('topic names', () => {
  it('follow DESIGN.md under an optional prefix', () => {
    expect(topicNames().raw).toBe('dispatch.raw');
    expect(topicNames('staging.').enriched).toBe('staging.dispatch.enriched');
    expect(topicNames().strikeEvents).toBe('strike.events');
    expect(Object.isFrozen(topicNames())).toBe(true);
  });
});

describe('raw dispatch envelope', () => {
  it('needs only a body', () => {
    expect(parseRawDispatch({ body: 'Un texte.' })).toEqual({ body: 'Un texte.' });
  });

  it.each([
    [{}, /\/body/],
    [{ body: 42 }, /\/body/],
    [{ body: 'x', receivedAt: '29 juin 2016' }, /\/receivedAt/],
    [{ body: 'x', pubstatus: 'deleted' }, /\/pubstatus/],
    [{ body: 'x', version: -1 }, /\/version/],
  ])('rejects %j naming the field', (value, field) => {
    expect(() => parseRawDispatch(value)).toThrow(field);
  });

  it('rejects a whitespace-only body as empty', () => {
    expect(() => parseRawDispatch({ body: ' \n ' })).toThrow(
      expect.objectContaining({ code: 'WIRE_INPUT_EMPTY_BODY' }),
    );
  });
});

describe('dispatch event', () => {
  it('accepts a complete enriched event', () => {
    expect(parseDispatchEvent(enriched)).toBe(enriched);
  });

  it('accepts the current and previous schema versions only', () => {
    expect(ACCEPTED_SCHEMA_VERSIONS).toContain(SCHEMA_VERSION);
    expect(() => parseDispatchEvent({ ...enriched, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      expect.objectContaining({ code: 'WIRE_SCHEMA_VERSION_UNSUPPORTED' }),
    );
  });

  it('reports every problem, with paths', () => {
    const { stages: _stages, ...withoutStages } = enriched;
    const result = dispatchEventValidator.check({
      ...withoutStages,
      dedup: { status: 'maybe', fingerprint: 'x' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.startsWith('/stages'))).toBe(true);
      expect(result.errors.some((e) => e.startsWith('/dedup/status'))).toBe(true);
    }
  });

  it('carries stated totals of official reports, with their reconciliation', () => {
    const withTotals = {
      ...enriched,
      strikeTotals: [
        {
          kind: 'airstrike',
          count: 13,
          approx: false,
          scope: { period: 'Tuesday', actor: 'Coalition military forces' },
          evidence: { text: 'conducted 13 strikes', start: 0, end: 20, segmentId: 's1' },
          consistent: true,
          itemsSum: 13,
        },
      ],
    };
    expect(dispatchEventValidator.check(withTotals).ok).toBe(true);
    expect(dispatchEventValidator.check({ ...withTotals, strikeTotals: [{ kind: 'airstrike' }] }).ok).toBe(
      false,
    );
  });

  it('rejects an actor given as a bare string (it is { text, canonical? })', () => {
    const bad = { ...enriched, strikes: [{ ...enriched.strikes![0]!, actor: 'coalition' }] };
    expect(dispatchEventValidator.check(bad).ok).toBe(false);
  });

  it('rejects negative offsets', () => {
    const bad = { ...enriched, segments: [{ ...enriched.segments![0]!, start: -1 }] };
    expect(dispatchEventValidator.check(bad).ok).toBe(false);
  });
});

describe('exported JSON Schema files', () => {
  const files = renderJsonSchemas();

  it('are committed and up to date (run `npm run schemas` after changing a schema)', () => {
    for (const [name, text] of Object.entries(files)) {
      const committed = readFileSync(join(__dirname, '..', 'schemas', `${name}.schema.json`), 'utf8');
      expect(committed).toBe(text);
    }
  });

  it('validate like the runtime validators for a consumer using another validator (ajv)', () => {
    const ajv = new Ajv2020({ strict: false });
    const validateEvent = ajv.compile(JSON.parse(files['dispatch-event']!) as object);
    expect(validateEvent(enriched)).toBe(true);
    expect(validateEvent({ ...enriched, clean: undefined })).toBe(false);
    const validateStrike = ajv.compile(JSON.parse(files['strike-event']!) as object);
    const strike = {
      schemaVersion: 1,
      dispatchId: 'afp-123',
      storyId: 'afp-123',
      agency: 'AFP',
      receivedAt: '2016-06-29T14:05:00.000Z',
      strikeId: 'f00d',
      index: 0,
      ...enriched.strikes![0]!,
    };
    expect(validateStrike(strike)).toBe(true);
    expect(strikeEventValidator.check(strike).ok).toBe(true);
  });
});
