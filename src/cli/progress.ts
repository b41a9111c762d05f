export interface Progress {
  update(done: number, total: number): void;
  finish(message?: string): void;
}

export interface ProgressOptions {
  /** Rewrites one line in a terminal; prints a line per 10% when stderr is a file or pipe. */
  tty: boolean;
  unit?: 'items' | 'bytes';
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** A "label: x/y (p%)" line on stderr, so stdout stays clean for results and scripts. */
export function createProgress(write: (text: string) => void, label: string, options: ProgressOptions): Progress {
  const fmt = (n: number) => (options.unit === 'bytes' ? formatBytes(n) : String(n));
  let lastDecile = -1;
  let lastLength = 0;
  let open = false;
  return {
    update(done, total) {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      const line = `${label}: ${fmt(done)}/${fmt(total)} (${pct}%)`;
      if (options.tty) {
        write(`\r${line.padEnd(lastLength)}`);
        lastLength = line.length;
        open = true;
        return;
      }
      const decile = Math.floor(pct / 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      write(`${line}\n`);
    },
    finish(message) {
      if (open) write('\n');
      open = false;
      if (message) write(`${label}: ${message}\n`);
    },
  };
}
