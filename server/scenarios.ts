/**
 * The bundled scenario files (`scenarios/`), served read-only. An id is a file name without its
 * extension (`automotive-shanghai`); ids are matched against the folder listing, never joined into
 * paths from the request.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatOf } from '../engine/data/load-scenario.ts';

export interface BundledScenarioSummary {
  readonly id: string;
  readonly file: string;
  /** The scenario's own `id` field. */
  readonly scenarioId: string | null;
  readonly name: string | null;
  readonly description: string | null;
  readonly factories: ReadonlyArray<{ readonly id: string | null; readonly name: string | null; readonly sector: string | null; readonly province: string | null }>;
  readonly targetYear: number | null;
  readonly href: string;
}

export interface BundledScenario {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
}

const SCENARIO_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export class BundledScenarios {
  private cache = new Map<string, { mtimeMs: number; scenario: BundledScenario }>();

  constructor(private readonly dir: string) {}

  /** File name per id, from the folder as it is now. */
  private async files(): Promise<Map<string, string>> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return new Map();
    }
    const out = new Map<string, string>();
    for (const name of names.sort()) {
      const ext = extname(name).toLowerCase();
      if (SCENARIO_EXTENSIONS.has(ext)) out.set(name.slice(0, -ext.length), name);
    }
    return out;
  }

  async get(id: string): Promise<BundledScenario | null> {
    const file = (await this.files()).get(id);
    if (file === undefined) return null;
    const path = join(this.dir, file);
    try {
      const { mtimeMs } = await stat(path);
      const cached = this.cache.get(id);
      if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.scenario;
      const text = await readFile(path, 'utf8');
      let data: unknown = null;
      try {
        data = formatOf(file) === 'json' ? JSON.parse(text) : parseYaml(text);
      } catch {
        data = null;
      }
      const scenario = { id, file, text, data };
      this.cache.set(id, { mtimeMs, scenario });
      return scenario;
    } catch {
      return null;
    }
  }

  async list(): Promise<BundledScenarioSummary[]> {
    const out: BundledScenarioSummary[] = [];
    for (const id of (await this.files()).keys()) {
      const s = await this.get(id);
      if (s !== null) out.push(summarise(s));
    }
    return out;
  }
}

function summarise(s: BundledScenario): BundledScenarioSummary {
  const d = rec(s.data);
  const factories = Array.isArray(d['factories']) ? d['factories'] : d['factory'] !== undefined ? [d['factory']] : [];
  const target = rec(d['policy'])['targetYear'];
  return {
    id: s.id,
    file: s.file,
    scenarioId: str(d['id']),
    name: str(d['name']),
    description: str(d['description']),
    factories: factories.map((f) => {
      const r = rec(f);
      return { id: str(r['id']), name: str(r['name']), sector: str(r['sector']), province: str(r['province']) };
    }),
    targetYear: typeof target === 'number' ? target : null,
    href: `/v1/scenarios/${s.id}`,
  };
}
