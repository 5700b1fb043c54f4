// Facts past their review-by date are listed for editors, most overdue first; past values are not.
import { describe, expect, test } from 'vitest';
import { dated } from '../../src/data/dated.ts';
import { describeDue, factsDueForReview } from '../../src/data/review.ts';

const histories = {
  fee: [
    dated({ value: 1, from: '2000-01-01', source: 'X1', checkedOn: '2020-01-01' }),
    dated({ value: 2, from: '2026-01-01', source: 'X2', checkedOn: '2026-09-15' }),
  ],
  pendingDate: [dated({ value: '2027-03-31', from: '2026-03-10', source: 'X3', checkedOn: '2026-12-03', pending: true })],
};

describe('facts due for review', () => {
  test('the day before review-by: nothing due; the day after: due', () => {
    expect(factsDueForReview(histories, '2026-12-15')).toEqual([]);
    expect(factsDueForReview(histories, '2027-01-04').map((d) => d.name)).toEqual(['pendingDate']);
  });
  test('on the review-by day itself it is not yet overdue', () => {
    expect(factsDueForReview(histories, '2027-01-03')).toEqual([]);
  });
  test('an old value no longer in force needs no review, however old its check', () => {
    expect(factsDueForReview(histories, '2025-06-01').map((d) => d.source)).toEqual(['X1']);
    expect(factsDueForReview(histories, '2026-12-16')).toEqual([]);
  });
  test('the warning names the row, the check and the due date', () => {
    expect(describeDue(factsDueForReview(histories, '2027-01-04')[0]!)).toBe(
      'src/data/legal.ts: pendingDate (facts row X3, checked on 2026-12-03) was due for review on 2027-01-03 — compare it with docs/facts.md, then set checkedOn to today',
    );
  });
});

describe('npm run check:content --strict', () => {
  test('warnings fail the check only with --strict', async () => {
    const { spawnSync } = await import('node:child_process');
    const env = { ...process.env, BUILD_DATE: '2030-01-01' };
    const plain = spawnSync('node', ['scripts/check-content.ts'], { env, encoding: 'utf8' });
    expect(plain.stderr).toMatch(/warning: src\/data\/legal\.ts: reentryPermitFees \(facts row A6\.1/);
    expect(plain.status).toBe(0);
    const strict = spawnSync('node', ['scripts/check-content.ts', '--strict'], { env, encoding: 'utf8' });
    expect(strict.status).toBe(1);
  }, 30_000);
});
