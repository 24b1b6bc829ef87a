/**
 * Progress on stderr: a redrawn bar on a terminal, plain lines (every 10 %) when not a TTY, so logs
 * stay readable. Stdout is left for results (tables or JSON).
 */
import type { Progress } from '../engine/parallel/progress.ts';

export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr): { update: (p: Progress) => void; done: () => void } {
  const tty = stream.isTTY === true;
  const start = performance.now();
  let lastDecile = -1;
  let lastDraw = 0;
  const line = (p: Progress) => {
    const secs = (performance.now() - start) / 1000;
    const rate = p.done / Math.max(secs, 1e-9);
    return `${label} ${p.done}/${p.total}${p.failed > 0 ? ` (${p.failed} failed)` : ''} · ${secs.toFixed(1)} s · ${rate.toFixed(1)}/s`;
  };
  return {
    update(p) {
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 100 && p.done < p.total) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round((width * p.done) / Math.max(1, p.total));
        stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${line(p)}\x1b[K`);
      } else {
        const decile = Math.floor((10 * p.done) / Math.max(1, p.total));
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${line(p)}\n`);
        }
      }
    },
    done() {
      if (tty) stream.write('\n');
    },
  };
}
