/**
 * The compiled runtime's worker entry (bundled as `worker-entry.js` by cli/runtime/build.ts): the
 * pool's task handler, with no tsx to register. From the sources, worker-entry.js is used instead.
 */
import { hostHandlers } from './worker-host.ts';

export default await hostHandlers();
