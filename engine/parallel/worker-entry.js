// Piscina worker entry, plain JavaScript: register tsx so the TypeScript engine loads in this
// thread (Node 20 has no native TypeScript), then hand piscina the task handler.
import { register } from 'tsx/esm/api';

register();
const { createHandler } = await import('./worker.ts');
export default await createHandler();
