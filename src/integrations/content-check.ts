// Runs the content check where editors look: `astro build` stops before rendering with one line
// per problem, and `astro dev` shows the problems in Astro's error overlay, updated on every save.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteCheck } from '../content/check-site.ts';

type CheckSite = (options: { root?: string; contentRoot?: string; withGit?: boolean }) => SiteCheck;

const contentRoot = () => process.env.CONTENT_ROOT ?? 'content';

/** "content/en/fees.mdx:12: …" → the file and line the overlay opens at. */
export function locationOf(problem: string, root: string): { file: string; line: number } | undefined {
  const match = /^([^\s:]+\.(?:mdx|json|ts)):(\d+)?/.exec(problem);
  if (!match) return undefined;
  return { file: resolve(root, match[1]!), line: Number(match[2] ?? 1) };
}

/** The message a failed build ends with: every problem once, then how to see them again. */
export function buildFailure(problems: readonly string[]): string {
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${problems.join('\n')}\n\nFix them (each line says the file, the line and how), then build again. \`npm run check:content\` lists them in a second.`;
}

function reportWarnings(warnings: readonly string[], logger: AstroIntegrationLogger): void {
  if (warnings.length) logger.warn(`${warnings.length} content warning${warnings.length === 1 ? '' : 's'} (facts due for review, pages older than a fact they show) — \`npm run check:content\` lists them`);
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const { checkSite } = await import('../content/check-site.ts');
        // Without git: the review-date history warnings are for `npm run check:content`, and the build may run outside a checkout.
        const { problems, warnings } = checkSite({ root, contentRoot: contentRoot(), withGit: false });
        reportWarnings(warnings, logger);
        if (problems.length) {
          const error = new Error(buildFailure(problems));
          // One plain message, not a stack trace of this integration.
          error.stack = error.message;
          throw error;
        }
      },
      'astro:server:setup': async ({ server, logger }) => {
        const hot = server.environments.client.hot;
        let current: SiteCheck | undefined;
        // Loaded through Vite so that an edit to src/data or src/i18n is seen without a restart.
        const load = async (): Promise<CheckSite> => ((await server.ssrLoadModule('/src/content/check-site.ts')) as { checkSite: CheckSite }).checkSite;
        const payload = (check: SiteCheck) => {
          const at = check.problems.map((p) => locationOf(p, root)).find(Boolean);
          return {
            type: 'error' as const,
            err: {
              name: 'ContentCheckError',
              message: `${check.problems.length} problem${check.problems.length === 1 ? '' : 's'} in the content:\n${check.problems.join('\n')}`,
              stack: '',
              plugin: 'site:content-check',
              ...(at ? { id: at.file, loc: { file: at.file, line: at.line, column: 1 } } : {}),
            },
          };
        };
        const run = async (reason: string) => {
          let check: SiteCheck;
          try {
            check = (await load())({ root, contentRoot: contentRoot(), withGit: false });
          } catch (error) {
            logger.error(`the content check could not run: ${(error as Error).message}`);
            return;
          }
          const had = current?.problems.length ?? 0;
          current = check;
          if (check.problems.length) {
            logger.error(`${reason}: ${check.problems.length} problem(s) in the content\n${check.problems.join('\n')}`);
            hot.send(payload(check));
          } else if (had) {
            logger.info(`${reason}: the content check passes again`);
            hot.send({ type: 'full-reload', path: '*' });
          }
        };
        // A browser that connects (or reloads) while problems remain sees them at once.
        hot.on('vite:client:connect', () => {
          if (current?.problems.length) hot.send(payload(current));
        });
        const watched = (file: string) =>
          /\.(mdx|json)$/.test(file) && (file.startsWith(resolve(root, contentRoot())) || file.startsWith(resolve(root, 'src/i18n'))) ||
          file.startsWith(resolve(root, 'src/data'));
        // The content may live outside the project (tests point CONTENT_ROOT at a temporary copy).
        server.watcher.add(resolve(root, contentRoot()));
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (watched(file)) void run(`after ${event} ${relative(root, file)}`);
          });
        }
        await run('at start');
        if (current) reportWarnings(current.warnings, logger);
      },
    },
  };
}
