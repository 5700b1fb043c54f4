// Server-side render of the island's first state and of the static route table: real form
// controls, every text from the dictionary (no raw keys), the office on the page.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/sps.json' with { type: 'json' };
import RouteTable from '../../../widgets/sps/RouteTable.tsx';
import SpsChecker from '../../../widgets/sps/SpsChecker.tsx';
import { flatten } from '../../../widgets/sps/text.ts';

const props = {
  lang: 'en',
  strings: flatten(en),
  links: { spsGuide: '/en/special-permission-to-stay/', refundPolicy: '/en/refund-policy/', reentryPermit: '/en/re-entry-permit/', specialReentry: '/en/special-re-entry-permit/', contact: '/en/contact/' },
  office: { name: 'ACROSEED', phone: '03-6450-3286', phoneE164: '+81364503286' },
  dates: { reformInForce: 'June 10, 2024', checkedOn: 'December 3, 2026' },
  figures: { daysToContestFinding: 3 },
};
const rawKey = /\b(questions|routes|errors|factors|refund|nextSteps|summary|routeTable|form|office|bar|blockers)\.[\w.]+/;

describe('SpsChecker first render', () => {
  const html = renderToString(h(SpsChecker, props));
  it('is a real GET form with fieldsets, legends and labelled radios', () => {
    expect(html).toContain('<form method="get"');
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="sps-wish-hint"/);
    expect(html).toContain('<legend>What would you like to do?');
    expect(html).toMatch(/<input type="radio" id="sps-wish" name="wish" value="stay"/);
    expect(html).toContain('<label for="sps-wish">Stay in Japan</label>');
    // Questions for one group appear only once it is chosen (questions.ts).
    expect(html).not.toContain('name="favour"');
    expect(html).toContain('name="prior" value="yes"');
    expect(html).toContain('type="submit"');
  });
  it('gives every element a unique id, and every aria-describedby points at one', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, list] of html.matchAll(/aria-describedby="([^"]+)"/g)) {
      for (const id of list!.split(' ')) expect(ids).toContain(id);
    }
  });
  it('shows no raw string keys and says nothing is sent', () => {
    expect(html).not.toMatch(rawKey);
    expect(html).toContain('nothing is sent or stored except in the page address');
  });
});

describe('RouteTable', () => {
  const html = renderToString(h(RouteTable, props));
  // The no-JavaScript notice is the page's first thing now (CheckerNoScript), not the table's.
  it('lists every route, the bar and the office phone link', () => {
    expect(html).toContain('<table');
    expect(html.match(/<tr>/g)).toHaveLength(6);
    expect(html).toContain('bars permission unless there are special circumstances');
    expect(html).toContain('href="tel:+81364503286"');
    expect(html).not.toMatch(rawKey);
  });
  it('says when the rules were last checked', () => {
    expect(html).toContain(`Rules checked on ${props.dates.checkedOn}.`);
  });
});
