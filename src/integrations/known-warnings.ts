// Warnings every build prints that say nothing about this site, dropped at their source so a new
// warning stands out.

/**
 * Astro marks every MDX page "use astro:head-inject" (72 pages → 72 warnings per build); the
 * bundler cannot keep the directive and Astro does not need it kept. Only this exact warning.
 */
export function isHeadInjectDirectiveWarning(log: { code?: string; message?: string }): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && /module level directive "use astro:head-inject"/.test(log.message ?? '');
}
