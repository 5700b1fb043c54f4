import { describe, expect, test } from 'vitest';
import { siteUrlWarning } from '../../src/config/site.ts';

describe('siteUrlWarning', () => {
  test('warns when SITE_URL is missing or blank, naming what would point to localhost', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '   ' }]) {
      const warning = siteUrlWarning(env);
      expect(warning).toMatch(/SITE_URL is not set/);
      expect(warning).toMatch(/canonical.*hreflang.*sitemap.*robots/);
      expect(warning).toContain('http://localhost:4321');
    }
  });

  test('warns for a local address and for something that is not an address', () => {
    expect(siteUrlWarning({ SITE_URL: 'http://localhost:4321' })).toMatch(/this computer/);
    expect(siteUrlWarning({ SITE_URL: 'http://127.0.0.1:8080/' })).toMatch(/this computer/);
    expect(siteUrlWarning({ SITE_URL: 'guide.example.jp' })).toMatch(/not a full address/);
  });

  test('is silent for a real address', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://guide.example.jp' })).toBeNull();
    expect(siteUrlWarning({ SITE_URL: 'https://guide.example.jp/' })).toBeNull();
  });
});
