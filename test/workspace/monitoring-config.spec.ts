import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DELIVERY_TOPIC, producerOf, STAGE_NAMES, STAGES } from '@wirestream/contracts';
import { METRIC_NAMES } from '@wirestream/observability';

// Dashboards and alerts may only reference metrics the workers expose (histograms through their
// _bucket/_sum/_count series). A renamed metric would otherwise silently blank a panel.
const dir = join(__dirname, '..', '..', 'infra', 'monitoring');
const known = new Set(
  Object.values(METRIC_NAMES).flatMap((name) => [name, `${name}_bucket`, `${name}_sum`, `${name}_count`]),
);

function referenced(text: string): string[] {
  return [...new Set([...text.matchAll(/\bwirestream_[a-z_]+/g)].map((m) => m[0]))];
}

describe('monitoring config', () => {
  const alerts = readFileSync(join(dir, 'alerts.yml'), 'utf8');
  const dashboard = JSON.parse(readFileSync(join(dir, 'grafana-dashboard.json'), 'utf8')) as {
    panels: { targets: { expr: string }[] }[];
  };
  const expressions = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr));

  it('alerts reference only exposed metrics, and cover the four conditions monitors asked for', () => {
    expect(referenced(alerts).filter((m) => !known.has(m))).toEqual([]);
    for (const name of [
      'WirestreamStageNotConsuming',
      'WirestreamLagGrowing',
      'WirestreamDeadLettersRising',
      'WirestreamEndToEndP99High',
    ]) {
      expect(alerts).toContain(`alert: ${name}`);
    }
  });

  it('dashboard panels reference only exposed metrics', () => {
    expect(expressions.length).toBeGreaterThan(5);
    expect(referenced(expressions.join('\n')).filter((m) => !known.has(m))).toEqual([]);
  });

  it('the check itself catches an unknown metric', () => {
    expect(referenced('rate(wirestream_records_consumd_total[1m])').filter((m) => !known.has(m))).toEqual([
      'wirestream_records_consumd_total',
    ]);
  });

  it("Prometheus scrapes exactly the registry stages' workers, on their default ports", () => {
    const scrape = readFileSync(join(dir, 'prometheus.yml'), 'utf8');
    const targets = [...scrape.matchAll(/'localhost:(\d+)'/g)].map((m) => Number(m[1])).sort();
    expect(targets).toEqual(STAGE_NAMES.map((n) => STAGES[n].worker.httpPort).sort());
  });

  it('stage labels name registry stages, and end-to-end latency is read where dispatches are delivered', () => {
    const texts = [alerts, ...expressions];
    const labels = texts.flatMap((t) => [...t.matchAll(/stage=\\?"([a-z-]+)\\?"/g)].map((m) => m[1]!));
    for (const label of labels) expect(STAGE_NAMES).toContain(label);
    const delivering = producerOf(DELIVERY_TOPIC);
    const endToEnd = texts.filter((t) => t.includes('wirestream_end_to_end_latency_seconds'));
    expect(endToEnd.length).toBeGreaterThanOrEqual(2);
    for (const text of endToEnd) {
      for (const line of text.split('\n').filter((l) => l.includes('end_to_end_latency')))
        expect(line).toContain(`stage="${delivering}"`);
    }
  });
});
