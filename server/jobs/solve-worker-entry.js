// Piscina entry of the server's solve pool, plain JavaScript: register tsx so the TypeScript
// sources load in this thread (Node 20 has no native TypeScript), then hand piscina the handler.
import { register } from 'tsx/esm/api';

register();
const { createHandler } = await import('./solve-worker.ts');
export default await createHandler();
