/**
 * When each queued job would start, and last when a job queued now would: `concurrency` slots,
 * each busy for the work left of the job running in it (seconds), then queued jobs taken in order
 * into whichever slot frees first. A full queue has room again once its first job starts.
 */
export function startEstimates(runningLeftSeconds: readonly number[], queuedSeconds: readonly number[], concurrency: number): number[] {
  const slots = [...runningLeftSeconds].sort((a, b) => a - b).slice(0, Math.max(1, concurrency));
  while (slots.length < Math.max(1, concurrency)) slots.unshift(0);
  const starts: number[] = [];
  for (const seconds of queuedSeconds) {
    slots.sort((a, b) => a - b);
    const start = slots[0]!;
    starts.push(start);
    slots[0] = start + seconds;
  }
  starts.push(Math.min(...slots));
  return starts;
}
