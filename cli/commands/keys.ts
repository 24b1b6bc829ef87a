/**
 * `lingtan keys create --tenant T --scopes read,run [--label L] | list [--tenant T] | revoke ID`
 * `[--data DIR]`: the server's API keys. A created key is printed once (only its hash is stored);
 * a revoked key is refused from the server's next request on. Works beside a running server
 * (SQLite serialises the writes).
 */
import type { Scope } from '../../server/store/api-keys.ts';
import { err, EXIT, out, outJson } from '../io.ts';
import type { Command } from './command.ts';
import { withStore } from './store-admin.ts';

const USAGE = 'keys create --tenant T --scopes read,run,admin [--label L] | keys list [--tenant T] [--json] | keys revoke ID   [--data DIR]';

export const keysCommand: Command = {
  name: 'keys',
  summary: 'API keys of the server: create (printed once, stored hashed), list, revoke; each bound to a tenant and scopes.',
  positionals: [
    { name: 'action', description: 'create, list or revoke' },
    { name: 'id', optional: true, description: 'the key id to revoke (revoke only)' },
  ],
  flags: {
    data: { type: 'string', value: 'DIR', defaultText: '$LINGTAN_DATA, else ./lingtan-data', description: "the server's data folder" },
    tenant: { type: 'string', value: 'T', description: 'the tenant a created key belongs to (create); only its keys (list)' },
    scopes: { type: 'string', value: 'S', description: 'comma-separated scopes of a created key: read, run, admin' },
    label: { type: 'string', value: 'L', description: 'a note kept with a created key' },
    json: { type: 'boolean', default: false, description: 'print JSON instead of text' },
  },
  notes: [`forms: lingtan ${USAGE}`],
  async run(positionals, options) {
    const [action, ...rest] = positionals;
    const usage = () => (err(`usage: lingtan ${USAGE}`), EXIT.badInput);
    if (action !== 'create' && action !== 'list' && action !== 'revoke') return usage();
    if (rest.length > (action === 'revoke' ? 1 : 0)) return usage();
    const tenant = typeof options['tenant'] === 'string' ? options['tenant'] : undefined;
    return withStore(options, async (store) => {
      const { ApiKeys, SCOPES } = await import('../../server/store/api-keys.ts');
      const keys = new ApiKeys(store.db);
      if (action === 'create') {
        const scopes = typeof options['scopes'] === 'string' ? options['scopes'].split(',').map((s) => s.trim()) : [];
        if (tenant === undefined || scopes.length === 0) return (err(`error: keys create needs --tenant and --scopes (some of ${SCOPES.join(', ')})`), EXIT.badInput);
        const made = keys.create(tenant, scopes as Scope[], typeof options['label'] === 'string' ? options['label'] : '');
        if (options['json'] === true) outJson({ key: made.key, ...made.info });
        else {
          out(made.key);
          err(`key ${made.info.id} for tenant ${made.info.tenant} (${made.info.scopes.join(', ')}); it is shown only now: keep it in a secret store`);
        }
        return EXIT.ok;
      }
      if (action === 'list') {
        const list = keys.list(tenant);
        if (options['json'] === true) outJson(list);
        else for (const k of list) out(`${k.id}  ${k.tenant}  ${k.scopes.join(',')}  created ${k.createdAt}${k.revokedAt !== null ? `  revoked ${k.revokedAt}` : ''}${k.lastUsedAt !== null ? `  last used ${k.lastUsedAt}` : ''}${k.label !== '' ? `  ${k.label}` : ''}`);
        return EXIT.ok;
      }
      const id = rest[0];
      if (id === undefined) return usage();
      if (!keys.revoke(id)) return (err(`error: no active key "${id}" in ${store.dataDir}`), EXIT.badInput);
      out(`revoked ${id}`);
      return EXIT.ok;
    });
  },
};
