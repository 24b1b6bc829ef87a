/**
 * The entry point that listens: build the app, listen, and shut down gracefully on SIGTERM/SIGINT
 * (Fastify stops taking requests, running jobs get the grace period, then the store closes). A
 * second signal, or a shutdown that overruns the grace period by 15 s, exits at once.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { ServerConfig } from './config.ts';

export interface RunningServer {
  readonly app: FastifyInstance;
  /** `http://host:port` actually bound (port 0 → the port chosen). */
  readonly url: string;
  /** Resolves when the server has closed. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: { handleSignals?: boolean } = {}): Promise<RunningServer> {
  const app = await buildApp(config);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // Release what the app already holds (store, Redis connection) so the process can exit.
    await app.close().catch(() => undefined);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;

  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= app.close().then(resolveClosed, (error: unknown) => {
      app.log.error({ err: error }, 'error while closing');
      resolveClosed();
    });
    return closing;
  };

  if (options.handleSignals === true) {
    const onSignal = (signal: NodeJS.Signals) => {
      if (closing !== null) {
        app.log.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      app.log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new requests; running jobs may finish within the grace period');
      setTimeout(() => {
        app.log.error('shutdown overran the grace period; exiting');
        process.exit(1);
      }, config.shutdownGraceMs + 15_000).unref();
      void close();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    void closed.then(() => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    });
  }
  return { app, url, closed, close };
}
