// The checkers' browser bundle gets the legal values in force on the build date as constants.
import { expect, test } from 'vitest';
import { browserLegalModule, browserLegalModules, isRecord } from '../../src/integrations/legal-facts-for-browser.ts';

const exportsOf = async (code: string) => import(`data:text/javascript,${encodeURIComponent(code)}`) as Promise<Record<string, any>>;

test('before and after the 2025 fee change, the browser gets that day\'s fees and dates', async () => {
  const before = await exportsOf(browserLegalModule('2025-03-31', '2026-11-23'));
  expect(before['reentryPermitFees'].single.counter).toBe(3000);
  expect(before['keyDates'].reentryFeesChanged).toBe('1982-01-01');
  const after = await exportsOf(browserLegalModule('2025-04-01', '2026-11-23'));
  expect(after['reentryPermitFees'].single).toEqual({ counter: 4000, online: 3500 });
  expect(after['keyDates'].reentryFeesPreviousUntil).toBe('2025-03-31');
  expect(after['siteDate']).toBe('2025-04-01');
  expect(after['factsCheckedOn']).toBe('2026-11-23');
  for (const name of ['reentryLimits', 'specialPermissionFacts', 'keyDates', 'reentryPermitFees']) expect(after[name]).toBeTypeOf('object');
});

test('one module per value, so each checker page loads only the values it reads; a record field by field', async () => {
  const modules = browserLegalModules('2025-04-01', '2026-11-23');
  const whole = await exportsOf(browserLegalModule('2025-04-01', '2026-11-23'));
  expect(Object.keys(modules).sort()).toEqual(Object.keys(whole).sort());
  for (const [name, code] of Object.entries(modules)) {
    const one = await exportsOf(code);
    // A record's module exports its fields (legal.ts hands the module's namespace on as the record).
    if (isRecord(whole[name])) expect({ ...one }, name).toEqual(whole[name]);
    else expect([Object.keys(one), one['default']], name).toEqual([['default'], whole[name]]);
  }
  expect(isRecord(whole['specialPermissionFacts'])).toBe(true);
});
