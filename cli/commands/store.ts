/**
 * `lingtan store prune [--days N] [--data DIR]`: delete runs and finished jobs older than each
 * tenant's retention (its own setting, else --days, else LINGTAN_RETENTION_DAYS; 0 keeps them).
 * `lingtan store retention TENANT DAYS|default`: set a tenant's retention.
 */
import { err, EXIT, out } from '../io.ts';
import { intOption } from '../options.ts';
import type { Command } from './command.ts';
import { withStore } from './store-admin.ts';

const USAGE = 'store prune [--days N] | store retention TENANT DAYS|default   [--data DIR]';

export const storeCommand: Command = {
  name: 'store',
  summary: 'The run store: prune runs past their tenant\'s retention, set a tenant\'s retention in days.',
  positionals: [
    { name: 'action', description: 'prune, or retention TENANT DAYS|default' },
    { name: 'args', optional: true, variadic: true, description: 'for retention: the tenant and its days (0 keeps runs for ever; default: the server default)' },
  ],
  flags: {
    data: { type: 'string', value: 'DIR', defaultText: '$LINGTAN_DATA, else ./lingtan-data', description: "the server's data folder" },
    days: { type: 'string', value: 'N', defaultText: "$LINGTAN_RETENTION_DAYS", description: 'retention of tenants without their own setting (prune)' },
  },
  notes: [`forms: lingtan ${USAGE}`],
  async run(positionals, options) {
    const [action, ...rest] = positionals;
    const usage = () => (err(`usage: lingtan ${USAGE}`), EXIT.badInput);
    const days = intOption(options, 'days', 0);
    if (!days.ok) return (err(`error: ${days.message}`), EXIT.badInput);
    if (!((action === 'prune' && rest.length === 0) || (action === 'retention' && rest.length === 2))) return usage();
    return withStore(options, async (store) => {
      const { RunStore } = await import('../../server/store/runs.ts');
      const { Tenants } = await import('../../server/store/tenants.ts');
      if (action === 'prune') {
        const pruned = new RunStore(store.db).prune(days.value ?? store.retentionDays);
        if (pruned.length === 0) out('nothing to prune');
        for (const p of pruned) out(`${p.tenant}: ${p.runs} runs, ${p.jobs} jobs deleted`);
        return EXIT.ok;
      }
      const [tenant, value] = rest as [string, string];
      const n = value === 'default' ? null : Number(value);
      new Tenants(store.db).setRetention(tenant, n);
      out(`${tenant}: runs kept ${n === null ? 'as the server default' : n === 0 ? 'for ever' : `${n} days`}`);
      return EXIT.ok;
    });
  },
};
