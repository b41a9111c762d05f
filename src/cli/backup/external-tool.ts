import { spawn } from 'node:child_process';
import { CliError } from '../errors.js';

export interface ToolResult {
  code: number;
  /** Collected only when asked for. */
  stdout: string;
  /** Last lines of stderr, for the error message. */
  tail: string[];
}

/**
 * Runs pg_dump / pg_restore, handing each stderr line to onLine (their --verbose output is the only
 * progress signal they give). A missing binary becomes a message that says what to install.
 */
export function runTool(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
  captureStdout = false,
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    const tail: string[] = [];
    let stdout = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (data: string) => (stdout += data));
    let buffered = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (data: string) => {
      buffered += data;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        onLine(line);
      }
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        reject(
          new CliError(
            `${command} was not found. Install the PostgreSQL client tools (the same major version as the server or newer), e.g. "apt-get install postgresql-client-15", or put them on PATH.`,
          ),
        );
      } else reject(err);
    });
    child.on('close', (code) => {
      if (buffered) tail.push(buffered);
      resolve({ code: code ?? 1, stdout, tail: tail.slice(-8) });
    });
  });
}

/**
 * The connection string goes on the command line without its password, which travels in the
 * environment instead: the process list is readable by every local user.
 */
export function connectionForTools(databaseUrl: string, env: NodeJS.ProcessEnv): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { ...env, PGPASSWORD: password } : { ...env } };
}
