// The few git questions the translation status needs, answered by the git command line.
import { execFileSync } from 'node:child_process';

export type Commit = { hash: string; time: number; subject: string };

export type Git = {
  /** Commits that changed the path, newest first (following renames). */
  history: (path: string) => Commit[];
  /** The file's content at a commit, or null if it did not exist there. */
  show: (hash: string, path: string) => string | null;
  /** Many `show`s in one git process (the status reads every version of every dictionary). */
  showMany: (requests: Array<{ hash: string; path: string }>) => Array<string | null>;
};

type LoggedCommit = Commit & { changes: Array<{ status: string; from: string; to: string }> };

/** Parses `git log --name-status -M` output (each commit starts with a NUL byte). */
export function parseNameStatusLog(text: string): LoggedCommit[] {
  return text
    .split('\0')
    .filter((block) => block.trim())
    .map((block) => {
      const [header = '', ...lines] = block.split('\n');
      const [hash = '', time = '0', ...subject] = header.split('\t');
      const changes = lines
        .filter((line) => line.trim())
        .map((line) => {
          const [status = '', first = '', second] = line.split('\t');
          return { status: status[0] ?? '', from: first, to: second ?? first };
        });
      return { hash, time: Number(time), subject: subject.join('\t'), changes };
    });
}

/** A file's commits, newest first, following renames backwards through a parsed log. */
export function historyFromLog(log: LoggedCommit[], path: string): Commit[] {
  const history: Commit[] = [];
  let name = path;
  for (const commit of log) {
    const change = commit.changes.find((c) => c.to === name);
    if (!change) continue;
    history.push({ hash: commit.hash, time: commit.time, subject: commit.subject });
    if (change.status === 'R') name = change.from;
    if (change.status === 'A') break;
  }
  return history;
}

/**
 * Git in a folder. With `scopes`, the history of every file below them comes from one
 * `git log` (one process instead of one per file).
 */
export function gitIn(dir: string, scopes: readonly string[] = []): Git {
  const run = (args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let log: LoggedCommit[] | null = null;
  const scopedLog = () => {
    log ??= parseNameStatusLog(run(['log', '-M', '--name-status', '--format=%x00%H%x09%ct%x09%s', '--', ...scopes]));
    return log;
  };
  return {
    history: (path) => {
      try {
        if (scopes.some((scope) => path.startsWith(`${scope}/`))) return historyFromLog(scopedLog(), path);
        return run(['log', '--follow', '--format=%H%x09%ct%x09%s', '--', path])
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [hash = '', time = '0', ...subject] = line.split('\t');
            return { hash, time: Number(time), subject: subject.join('\t') };
          });
      } catch {
        return [];
      }
    },
    show: (hash, path) => {
      try {
        return run(['show', `${hash}:${path}`]);
      } catch {
        return null;
      }
    },
    showMany: (requests) => {
      if (!requests.length) return [];
      const output = execFileSync('git', ['cat-file', '--batch'], {
        cwd: dir,
        input: requests.map((r) => `${r.hash}:${r.path}`).join('\n') + '\n',
        maxBuffer: 256 * 1024 * 1024,
      });
      // Each answer is "<sha> blob <size>\n<content>\n" or "<name> missing\n".
      const results: Array<string | null> = [];
      let offset = 0;
      for (let i = 0; i < requests.length; i++) {
        const headerEnd = output.indexOf(10, offset);
        const header = output.subarray(offset, headerEnd).toString('utf8');
        offset = headerEnd + 1;
        const size = /^\S+ blob (\d+)$/.exec(header);
        if (!size) {
          results.push(null);
          continue;
        }
        const length = Number(size[1]);
        results.push(output.subarray(offset, offset + length).toString('utf8'));
        offset += length + 1;
      }
      return results;
    },
  };
}

export function isGitRepository(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
