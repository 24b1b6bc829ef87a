/**
 * Markdown tables of one benchmark run: the DESIGN §7 targets against what was measured, solve
 * phases per model size, rollout and Monte Carlo scaling. Pure: run record in, text out.
 */
import { figure, type BenchResult, type RunRecord } from './types.ts';

const fmt = (v: number | undefined, digits = 1): string => (v === undefined ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function lookup(run: RunRecord): (id: string) => BenchResult | undefined {
  const byId = new Map(run.results.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

/** A DESIGN §7 target (`ok` absent: reported for reference, no target). */
interface Target { readonly what: string; readonly id: string; readonly target: string; readonly ok?: (v: number) => boolean; readonly show: (v: number) => string }

const ms = (v: number) => `${fmt(v, 1)} ms`;
const sec = (v: number) => `${fmt(v / 1000, 1)} s`;
const times = (v: number) => `${fmt(v, 2)}×`;
const sec2 = (v: number) => `${fmt(v / 1000, 2)} s`;

function targets(cores: number): Target[] {
  return [
    { what: 'one factory, 60 measures, LP, end to end', id: 'pathway_lp_60.end_to_end', target: '≤ 10 ms', ok: (v) => v <= 10, show: ms },
    { what: 'one factory, 60 measures, MILP, end to end', id: 'pathway_mip_60.end_to_end', target: '≤ 100 ms', ok: (v) => v <= 100, show: ms },
    { what: 'engine overhead over the solve, LP 60', id: 'pathway_lp_60.engine_overhead', target: '≤ 0.25', ok: (v) => v <= 0.25, show: (v) => fmt(v, 2) },
    { what: 'engine overhead over the solve, MILP 60', id: 'pathway_mip_60.engine_overhead', target: '≤ 0.25', ok: (v) => v <= 0.25, show: (v) => fmt(v, 2) },
    { what: 'one factory, 60 measures, LP, with marginal costs and MAC curve', id: 'pathway_lp_60.with_analysis', target: '—', show: ms },
    { what: 'HiGHS-WASM / native CLP, 50-factory LP file', id: 'anchor_clp_50x60.highs_over_clp', target: '≤ 1.5', ok: (v) => v <= 1.5, show: times },
    { what: 'HiGHS-WASM / native CBC, 5-factory MILP file', id: 'anchor_cbc_5x60.highs_over_cbc', target: '—', show: times },
    { what: 'HiGHS-WASM / native CBC, MIPLIB 3 (geometric mean)', id: 'anchor_miplib.geomean_highs_over_native', target: '—', show: times },
    { what: `10,000-factory rollout, ${cores} workers`, id: `rollout_10000.workers_${cores}.seconds`, target: '≤ 30 s', ok: (v) => v <= 30_000, show: sec },
    { what: `10,000-factory rollout, ${cores} workers, peak memory`, id: `rollout_10000.workers_${cores}.peak_rss`, target: '< 1 GB', ok: (v) => v < 1024, show: (v) => `${fmt(v, 0)} MB` },
    { what: `1,000 Monte Carlo re-optimisations, ${cores} workers`, id: `monte_carlo_1000.workers_${cores}.seconds`, target: '≤ 4 s', ok: (v) => v <= 4000, show: sec },
    { what: `rollout speedup, ${cores} workers over 1 (10,000 factories)`, id: 'rollout_10000.speedup', target: '≥ 1.8', ok: (v) => v >= 1.8, show: times },
    { what: `Monte Carlo speedup, ${cores} workers over 1 (1,000 draws)`, id: 'monte_carlo_1000.speedup', target: '≥ 1.8', ok: (v) => v >= 1.8, show: times },
    { what: '`lingtan --help`, fresh process', id: 'cli_startup.help.compiled', target: '≤ 0.25 s', ok: (v) => v <= 250, show: sec2 },
    { what: 'one-factory `lingtan optimise --json`, fresh process', id: 'cli_startup.optimise_1.compiled', target: '≤ 0.5 s', ok: (v) => v <= 500, show: sec2 },
    { what: '1-factory rollout, fresh process (pool start-up included)', id: 'rollout_1.workers_1.seconds', target: '≤ 0.4 s', ok: (v) => v <= 400, show: sec2 },
    { what: 'fresh one-factory POST /v1/optimise, 32 connections', id: 'api_optimise_fresh.requests_per_second', target: '≥ 100/s', ok: (v) => v >= 100, show: (v) => `${fmt(v, 0)}/s` },
  ];
}

export function targetsTable(run: RunRecord): string {
  const get = lookup(run);
  const lines = ['| figure | target | measured | |', '|---|---|---|---|'];
  for (const t of targets(run.machine.cores)) {
    const v = (() => {
      const r = get(t.id);
      return r ? figure(r) : undefined;
    })();
    lines.push(`| ${t.what} | ${t.target} | ${v === undefined ? '—' : t.show(v)} | ${v === undefined ? 'not measured' : t.ok === undefined ? '' : t.ok(v) ? 'met' : '**missed**'} |`);
  }
  return lines.join('\n');
}

export function pathwayTable(run: RunRecord): string {
  const get = lookup(run);
  const cell = (id: string) => {
    const r = get(id);
    if (!r) return '—';
    const v = figure(r);
    return v === undefined ? (r.note ?? '—') : fmt(v, 2);
  };
  const lines = ['| model | build | matrix | LP text | solve HiGHS | end to end | solve jslp |', '|---|--:|--:|--:|--:|--:|--:|'];
  for (const kind of ['lp', 'mip'] as const) {
    for (const m of [20, 40, 60]) {
      const id = `pathway_${kind}_${m}`;
      if (!get(`${id}.solve_highs`)) continue;
      lines.push(`| ${kind === 'lp' ? 'LP' : 'MILP'}, ${m} measures | ${['model_build', 'matrix', 'lp_text', 'solve_highs', 'end_to_end', 'solve_jslp'].map((p) => cell(`${id}.${p}`)).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n\nMedians in ms, one factory over 2026–2030, after warm-up.`;
}

export function scalingTable(run: RunRecord, cores: number): string {
  const get = lookup(run);
  const lines = [`| run | ${Array.from({ length: cores }, (_, i) => `${i + 1} worker${i ? 's' : ''}`).join(' | ')} | speedup | peak memory (highest) |`, `|---|${'--:|'.repeat(cores + 2)}`];
  /** One row: wall time and rate per worker count, speedup and (rollouts) the highest peak memory. */
  const row = (id: string, label: string, rateName: string): void => {
    if (!get(`${id}.workers_1.seconds`)) return;
    const cells = Array.from({ length: cores }, (_, i) => {
      const s = get(`${id}.workers_${i + 1}.seconds`);
      const rate = get(`${id}.workers_${i + 1}.${rateName}`);
      return s && rate ? `${fmt(figure(s)! / 1000, 1)} s (${fmt(figure(rate), 0)}/s)` : '—';
    });
    const speed = get(`${id}.speedup`);
    const peaks = Array.from({ length: cores }, (_, i) => get(`${id}.workers_${i + 1}.peak_rss`)?.value).filter((v): v is number => v !== undefined);
    lines.push(`| ${label} | ${cells.join(' | ')} | ${speed ? times(figure(speed)!) : '—'} | ${peaks.length > 0 ? `${fmt(Math.max(...peaks), 0)} MB` : ''} |`);
  };
  for (const n of [1, 10, 100, 1000, 10_000]) row(`rollout_${n}`, `rollout, ${n.toLocaleString('en-US')} factor${n === 1 ? 'y' : 'ies'}`, 'factories_per_second');
  for (const n of [40, 1000]) row(`monte_carlo_${n}`, `Monte Carlo, ${n.toLocaleString('en-US')} re-optimisations`, 'draws_per_second');
  row('monte_carlo_hourly_40', 'Monte Carlo, 40 re-optimisations, representative days', 'draws_per_second');
  return `${lines.join('\n')}\n\nWall time per run, the pool's start-up included (rate in brackets); each rollout in a fresh process (its own peak memory), Monte Carlo in the benchmark process.`;
}

/** A refusal or limit note, short enough for a table cell. */
const shortNote = (note: string | undefined): string =>
  note === undefined ? '—' : note.replace(/model too large for the pure-JavaScript jslp backend: /, '').split(';')[0]!;

export function anchorTable(run: RunRecord): string {
  const get = lookup(run);
  const lines = ['| file | HiGHS-WASM | native solve | native process | HiGHS / native | javascript-lp-solver |', '|---|--:|--:|--:|--:|--:|'];
  const rows = (prefix: string, label: string, solver: 'clp' | 'cbc') => {
    const h = get(`${prefix}.highs_wasm`);
    if (!h) return;
    const j = get(`${prefix}.jslp`);
    const jv = j ? figure(j) : undefined;
    const jCell = j ? (jv !== undefined ? `${fmt(jv, 1)} ms` : shortNote(j.note)) : '—';
    const solve = get(`${prefix}.${solver}_solve`);
    const proc = get(`${prefix}.${solver}_process`);
    const ratio = get(`${prefix}.highs_over_${solver}`);
    lines.push(`| ${label} | ${fmt(figure(h), 1)} ms | ${solve ? `${fmt(figure(solve), 1)} ms` : '—'} | ${proc ? `${fmt(figure(proc), 1)} ms` : '—'} | ${ratio ? times(figure(ratio)!) : '—'} | ${jCell} |`);
  };
  rows('anchor_clp_50x60', '50 factories × 60 measures, LP (CLP)', 'clp');
  rows('anchor_cbc_5x60', '5 factories × 60 measures, MILP (CBC)', 'cbc');
  const notes: string[] = [];
  for (const [id, label] of [['anchor_netlib', 'Netlib LPs (CLP)'], ['anchor_miplib', 'MIPLIB 3 (CBC)']] as const) {
    const g = get(`${id}.geomean_highs_over_native`);
    const v = g ? figure(g) : undefined;
    if (g && v !== undefined) lines.push(`| ${label}, geometric mean | | | | ${times(v)} | |`);
    if (g?.note) notes.push(`${label}: ${g.note}.`);
  }
  return [lines.join('\n'), ...(notes.length > 0 ? ['', notes.join(' ')] : [])].join('\n');
}

/** Re-solves of one model (benchmarks/suites/reuse.ts): what building in place and warm starts each buy. */
export function reuseTable(run: RunRecord): string {
  const get = lookup(run);
  const cell = (id: string) => {
    const r = get(id);
    return r === undefined ? '—' : ms(figure(r)!);
  };
  const ratio = (id: string) => {
    const r = get(id);
    return r === undefined ? '—' : times(figure(r)!);
  };
  const lines = [
    '| model | sweep: fresh | in place, slack basis | in place, last basis | speedup | optimise: fresh | in a session | speedup |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const [id, label] of [['reuse_annual_60', 'LP, 60 measures, annual'], ['reuse_hourly_20', 'LP, 20 measures, representative days']] as const) {
    if (!get(`${id}.sweep.fresh`)) continue;
    lines.push(`| ${label} | ${cell(`${id}.sweep.fresh`)} | ${cell(`${id}.sweep.in_place_cold`)} | ${cell(`${id}.sweep.session`)} | ${ratio(`${id}.sweep.speedup`)} | ${cell(`${id}.optimise.fresh`)} | ${cell(`${id}.optimise.session`)} | ${ratio(`${id}.optimise.speedup`)} |`);
  }
  return `${lines.join('\n')}\n\nA sweep of 12 carbon prices on one factory's LP (the MAC curve's re-solves), medians; \`optimiseFactory\` = plan, marginal costs and MAC curve.`;
}
