/** Repeated messages (a Redis outage reports the same error on every reconnect) passed on at most once per interval. */
export function throttleRepeats(report: (message: string) => void, intervalMs = 10_000): (message: string) => void {
  let last = { message: '', at: -Infinity };
  return (message) => {
    const now = Date.now();
    if (message === last.message && now - last.at < intervalMs) return;
    last = { message, at: now };
    report(message);
  };
}
