// Piscina worker entry, plain JavaScript: register tsx so the TypeScript sources load in this
// thread (Node 20 has no native TypeScript), then hand piscina the pool's task handler.
import { register } from 'tsx/esm/api';

register();
const { hostHandlers } = await import('./worker-host.ts');
export default await hostHandlers();
