/** What `lingtan keys` and `lingtan store` share: the data folder (--data, else LINGTAN_DATA, else the default) and its store. */
import type { Db } from '../../server/store/db.ts';
import { err, EXIT } from '../io.ts';
import type { OptionValues } from './command.ts';

/** The store of the data folder the options name, or null (the reason printed). The server modules load only here, so other commands do not pay for them. */
export async function openStore(options: OptionValues): Promise<{ db: Db; dataDir: string; retentionDays: number } | null> {
  const { resolveConfig } = await import('../../server/config.ts');
  const { openDb } = await import('../../server/store/db.ts');
  const config = resolveConfig({ dataDir: typeof options['data'] === 'string' ? options['data'] : undefined }, process.env);
  if (!config.ok) {
    err(`error: invalid configuration\n${config.issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`);
    return null;
  }
  try {
    return { db: openDb(config.value.dataDir), dataDir: config.value.dataDir, retentionDays: config.value.retentionDays };
  } catch (error) {
    err(`error: cannot open the store in ${config.value.dataDir}: ${(error as Error).message}`);
    return null;
  }
}

export type Store = NonNullable<Awaited<ReturnType<typeof openStore>>>;

/** Run `f` on the store (closed after); a RangeError (a bad tenant, scope or number) is exit 2 with its message. */
export async function withStore(options: OptionValues, f: (store: Store) => number | Promise<number>): Promise<number> {
  const store = await openStore(options);
  if (store === null) return EXIT.badInput;
  try {
    return await f(store);
  } catch (error) {
    if (error instanceof RangeError) return (err(`error: ${error.message}`), EXIT.badInput);
    throw error;
  } finally {
    store.db.close();
  }
}
