// Only the known head-inject directive warning is silenced; anything else still reaches the log.
import { expect, test } from 'vitest';
import { isHeadInjectDirectiveWarning } from '../../src/integrations/known-warnings.ts';

test('the known warning is dropped', () => {
  expect(isHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/en/fees.mdx?astroPropagatedAssets" may not be preserved when bundling.' })).toBe(true);
});
test('another directive, or another code with the same words, is kept', () => {
  expect(isHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.tsx" may not be preserved' })).toBe(false);
  expect(isHeadInjectDirectiveWarning({ code: 'UNUSED_EXTERNAL_IMPORT', message: 'module level directive "use astro:head-inject"' })).toBe(false);
});
