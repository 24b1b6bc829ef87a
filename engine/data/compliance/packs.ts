/**
 * The bundled rule packs: one JSON data file per standard or guide in ./packs, each validated by
 * the pack schema when this module loads (a broken bundled pack is a programming error and fails
 * here, naming the file and the field path; test/compliance checks every pack).
 * Provenance: engine/data/reference/sources/zero-carbon-factory-criteria.md (copy of
 * shared/reference, November 2026) and the policy texts quoted in each pack's sources.
 */
import { describeError } from '../../errors.ts';
import { parsePack, type Pack } from './pack-schema.ts';
import cnMiit from './packs/cn-miit-2026.json' with { type: 'json' };
import cnCeca from './packs/cn-ceca-0171.json' with { type: 'json' };
import cnCiecpa from './packs/cn-ciecpa-030.json' with { type: 'json' };
import zhejiang from './packs/zhejiang-2023.json' with { type: 'json' };
import jiangsu from './packs/jiangsu-2026.json' with { type: 'json' };
import suzhou from './packs/suzhou-2023.json' with { type: 'json' };
import hunan from './packs/hunan-2025.json' with { type: 'json' };
import shanghai from './packs/shanghai-2025.json' with { type: 'json' };
import iso14068 from './packs/iso-14068-1.json' with { type: 'json' };

const FILES: ReadonlyArray<readonly [string, unknown]> = [
  ['cn-miit-2026.json', cnMiit],
  ['cn-ceca-0171.json', cnCeca],
  ['cn-ciecpa-030.json', cnCiecpa],
  ['zhejiang-2023.json', zhejiang],
  ['jiangsu-2026.json', jiangsu],
  ['suzhou-2023.json', suzhou],
  ['hunan-2025.json', hunan],
  ['shanghai-2025.json', shanghai],
  ['iso-14068-1.json', iso14068],
];

function load(): readonly Pack[] {
  return FILES.map(([file, data]) => {
    const r = parsePack(data, `engine/data/compliance/packs/${file}`);
    if (!r.ok) throw new Error(describeError(r.error));
    return r.value;
  });
}

export const PACKS: readonly Pack[] = load();

/** Bundled pack ids, in the order above (national, group standards, provinces, international). */
export const PACK_IDS: readonly string[] = PACKS.map((p) => p.id);

export function packById(id: string): Pack | undefined {
  return PACKS.find((p) => p.id === id);
}
