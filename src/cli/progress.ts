export interface Progress {
  tick(): void;
  done(): void;
}

const BAR_WIDTH = 30;
// Redrawing more often than this only costs time on a fast run.
const MIN_REDRAW_MS = 100;

/**
 * A one-line progress bar on standard error, drawn only when it is a terminal (never in pipes,
 * never with --quiet) and only for runs of more than one input.
 */
export function createProgress(total: number, enabled: boolean, write: (s: string) => void): Progress {
  if (!enabled || total < 2) return { tick() {}, done() {} };
  let count = 0;
  let last = 0;
  const draw = () => {
    const filled = Math.round((BAR_WIDTH * count) / total);
    write(`\r[${"#".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${count}/${total} inputs`);
  };
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - last >= MIN_REDRAW_MS || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      write(`\r${" ".repeat(BAR_WIDTH + 24)}\r`);
    },
  };
}
