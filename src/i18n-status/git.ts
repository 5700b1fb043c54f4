// The few git questions the translation status needs, answered by the git command line.
import { execFileSync } from 'node:child_process';

export type Commit = { hash: string; time: number; subject: string };

export type Git = {
  /** Commits that changed the path, newest first (following renames). */
  history: (path: string) => Commit[];
  /** The file's content at a commit, or null if it did not exist there. */
  show: (hash: string, path: string) => string | null;
};

export function gitIn(dir: string): Git {
  const run = (args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  return {
    history: (path) => {
      try {
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
