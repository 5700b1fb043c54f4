// Security headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages and
// the test server). The per-page CSP meta tags carry hashes of each page's own scripts; the
// header carries the union of them, so both policies allow exactly the site's own code.

export const staticSecurityHeaders: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
};

/** Parses a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Merges page policies: same directives, union of their sources, in a stable order. */
export function mergeCsp(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  // frame-ancestors only works as a header, never in a meta tag.
  merged.set('frame-ancestors', new Set(["'none'"]));
  return [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, sources]) => [name, ...[...sources].sort()].join(' ').trim())
    .join('; ');
}

/** Extracts the CSP meta tag content from a built HTML page, or null. */
export function cspFromHtml(html: string): string | null {
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"') ?? null;
}

export function renderHeadersFile(csp: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${csp}`];
  for (const [name, value] of Object.entries(staticSecurityHeaders)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file's rules for the path pattern `/*`. */
export function headersForAllPaths(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    if (!inAllPaths) continue;
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
