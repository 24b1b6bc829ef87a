#!/usr/bin/env node
// Entry point of the `lingtan` command. Node 20 cannot run TypeScript by itself, so the CLI (and
// the worker pool, and the notebooks) load the sources through tsx: one way, used everywhere.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
