/**
 * A bounded gate for work done on the server's own thread or memory (chart rendering): at most
 * `concurrency` at once, at most `maxWaiting` more waiting; beyond that a 503 the client can retry,
 * so a burst of renders queues neither memory nor latency without bound.
 */
import { ApiError } from './errors.ts';

export class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    private readonly what: string,
  ) {}

  async run<T>(f: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new ApiError(503, 'busy', `${this.active + this.waiting.length} ${this.what} are in progress; try again shortly`, [], {}, {}, { 'Retry-After': '2' });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.active++;
    try {
      return await f();
    } finally {
      const next = this.waiting.shift();
      // Hand the slot straight to the next waiter (active stays the same), or free it.
      if (next !== undefined) next();
      else this.active--;
    }
  }
}
