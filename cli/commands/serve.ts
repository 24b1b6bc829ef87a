/**
 * `lingtan serve [--port P] [--data DIR] [--host H] [--workers W] [--redis URL [--shard-size N]] [--no-auth]`:
 * the HTTP API (OpenAPI docs at /docs). Every /v1 route but health needs an API key (`lingtan keys
 * create`); `--no-auth` is the open local mode (one tenant, loopback only). Settings not given as
 * flags come from LINGTAN_* environment variables (and REDIS_URL), then defaults. With a Redis URL, simulate jobs and rollout jobs
 * without a cap run on `lingtan worker` processes.
 * Runs until SIGTERM/SIGINT, then shuts down gracefully. The server modules load only when the
 * command runs, so other commands do not pay for them.
 */
import { ENV_NAMES, redactRedisUrl, resolveConfig } from '../../server/config.ts';
import { err, EXIT, out } from '../io.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: `HTTP API with OpenAPI docs at /docs; runs stored under --data (env: ${Object.values(ENV_NAMES).slice(0, 4).join(', ')}, …).`,
  positionals: [],
  flags: {
    port: { type: 'string', value: 'P', defaultText: `$${ENV_NAMES.port}, else 8080`, description: 'port to listen on' },
    data: { type: 'string', value: 'DIR', defaultText: `$${ENV_NAMES.dataDir}, else ./lingtan-data`, description: 'run store folder' },
    host: { type: 'string', value: 'H', defaultText: `$${ENV_NAMES.host}, else 127.0.0.1`, description: 'address to listen on' },
    workers: { type: 'string', value: 'W', defaultText: `$${ENV_NAMES.workers}, else one per core`, description: 'solver threads' },
    redis: { type: 'string', value: 'URL', defaultText: '$REDIS_URL', description: 'send Monte Carlo and rollout jobs to `lingtan worker` processes' },
    'shard-size': { type: 'string', value: 'N', description: 'items per shard (with --redis)' },
    'no-auth': { type: 'boolean', description: 'open local mode: no API keys, one tenant, loopback only' },
  },
  notes: ['Every LINGTAN_* setting is listed in README.md ("HTTP API").'],
  async run(_positionals, options) {
    const flag = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const config = resolveConfig(
      { port: flag('port'), dataDir: flag('data'), host: flag('host'), workers: flag('workers'), redisUrl: flag('redis'), shardSize: flag('shard-size'), auth: options['no-auth'] === true ? 'off' : undefined },
      process.env,
    );
    if (!config.ok) {
      err(`error: invalid server configuration\n${config.issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`);
      return EXIT.badInput;
    }
    const { startServer } = await import('../../server/server.ts');
    let server;
    try {
      server = await startServer(config.value, { handleSignals: true });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      err(`error: cannot start the server: ${e.code === 'EADDRINUSE' ? `port ${config.value.port} is in use` : e.message}`);
      return EXIT.badInput;
    }
    const jobs = config.value.redisUrl !== undefined ? `; simulate and rollout jobs on the workers of ${redactRedisUrl(config.value.redisUrl)}` : '';
    const auth = config.value.auth === 'off' ? '; open local mode (no API keys)' : '; API keys required (lingtan keys create)';
    out(`lingtan API on ${server.url} (docs ${server.url}/docs); runs stored in ${config.value.dataDir}${jobs}${auth}`);
    await server.closed;
    return EXIT.ok;
  },
};
