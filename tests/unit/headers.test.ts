import { describe, expect, test } from 'vitest';
import { cspFromHtml, headersForAllPaths, mergeCsp, parseCsp, renderHeadersFile } from '../../src/security/headers.ts';

describe('security headers for static hosts', () => {
  test('page policies merge into one with the union of hashes and frame-ancestors none', () => {
    const merged = mergeCsp([
      "default-src 'self'; script-src 'self' 'sha256-A'",
      "default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self'",
    ]);
    const directives = parseCsp(merged);
    expect(directives.get('script-src')).toEqual(["'self'", "'sha256-A'", "'sha256-B'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
  });

  test('the CSP meta tag is read from built HTML, entities decoded', () => {
    expect(cspFromHtml('<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">')).toBe("script-src 'self'");
    expect(cspFromHtml('<html></html>')).toBeNull();
  });

  test('the _headers file round-trips and has no unsafe-inline script source', () => {
    const file = renderHeadersFile("script-src 'self'; object-src 'none'");
    const headers = headersForAllPaths(file);
    expect(headers['Content-Security-Policy']).toBe("script-src 'self'; object-src 'none'");
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(file).not.toContain('unsafe-inline');
  });
});
