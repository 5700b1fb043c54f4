// Properties over arbitrary input, including garbage and half-filled answers: the engine never
// throws, every result names next steps and the office, and every error points at a shown question.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessSps } from '../../../widgets/sps/assess.ts';
import { normaliseAnswers, shownAnswers } from '../../../widgets/sps/questions.ts';
import { againstFactors, favourFactors, isShown, questions, sentences, situations, stages, wishes } from '../../../widgets/sps/questions.ts';
import { paramNames, parseSpsQuery, toSpsQuery } from '../../../widgets/sps/query.ts';

const numRuns = Number(process.env.FC_RUNS ?? '') > 0 ? Number(process.env.FC_RUNS) : 1000;

/** Mostly well-formed answers with holes and stray values, so every route is reached. */
const answersLike = fc.record(
  {
    wish: fc.oneof(fc.constantFrom(...wishes), fc.anything()),
    situation: fc.oneof(fc.constantFrom(...situations), fc.anything()),
    stage: fc.oneof(fc.constantFrom(...stages), fc.anything()),
    sentence: fc.oneof(fc.constantFrom(...sentences), fc.anything()),
    listedCrimeConviction: fc.oneof(fc.boolean(), fc.anything()),
    previouslyDeportedOrOrdered: fc.oneof(fc.boolean(), fc.anything()),
    listedBarGround: fc.oneof(fc.boolean(), fc.anything()),
    deportabilityNotified: fc.oneof(fc.boolean(), fc.anything()),
    inFavour: fc.oneof(fc.subarray([...favourFactors]), fc.array(fc.oneof(fc.constantFrom(...favourFactors), fc.string())), fc.anything()),
    against: fc.oneof(fc.subarray([...againstFactors]), fc.array(fc.oneof(fc.constantFrom(...againstFactors), fc.string())), fc.anything()),
  },
  { requiredKeys: [] },
);
const anyInput = fc.oneof(answersLike, fc.anything(), fc.object());

/** Well-formed answers only (every field a real value), so most inputs reach a result. */
const wellFormed = fc.record({
  wish: fc.constantFrom(...wishes),
  situation: fc.constantFrom(...situations),
  stage: fc.constantFrom(...stages),
  sentence: fc.constantFrom(...sentences),
  listedCrimeConviction: fc.boolean(),
  previouslyDeportedOrOrdered: fc.boolean(),
  listedBarGround: fc.boolean(),
  deportabilityNotified: fc.boolean(),
  inFavour: fc.subarray([...favourFactors]),
  against: fc.subarray([...againstFactors]),
});

describe('assessSps on arbitrary input', () => {
  it('never throws and always returns a known kind', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const outcome = assessSps(input);
        expect(['result', 'invalid']).toContain(outcome.kind);
      }),
      { numRuns },
    );
  });

  it('every result has next steps, including contacting the office', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const outcome = assessSps(input);
        if (outcome.kind !== 'result') return;
        expect(outcome.nextSteps.length).toBeGreaterThan(0);
        expect(outcome.nextSteps).toContain('contact_office');
        expect(new Set(outcome.nextSteps).size).toBe(outcome.nextSteps.length);
      }),
      { numRuns },
    );
  });

  it('every invalid outcome has at least one error, each on a question the person can see', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const outcome = assessSps(input);
        if (outcome.kind !== 'invalid') return;
        expect(outcome.errors.length).toBeGreaterThan(0);
        const shown = shownAnswers(normaliseAnswers(input));
        for (const error of outcome.errors) {
          const question = questions.find((q) => q.field === error.field);
          expect(question && isShown(question, shown)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('facts-level invariants hold for every result', () => {
    fc.assert(
      fc.property(answersLike, (input) => {
        const outcome = assessSps(input);
        if (outcome.kind !== 'result') return;
        const a = outcome.answers;
        // A deportation order closes the application (C3.6).
        if (a.stage === 'deportation_order_issued') expect(outcome.route).toBe('too_late');
        // Only overstayers who want to leave get a departure order (C5.2(2)).
        if (outcome.route === 'departure_order') {
          expect(a.situation).toBe('overstay');
          expect(a.wish).toBe('leave');
          expect(a.listedCrimeConviction || a.previouslyDeportedOrOrdered).toBe(false);
        }
        // The refund promise is only about SPS applications, never for people already detained.
        if (outcome.route !== 'sps_application') expect(outcome.refund).toBe('not_applicable');
        if (a.stage === 'detained') expect(outcome.refund).not.toBe('covered');
        // Factors are shown only where they can matter.
        if (outcome.route !== 'sps_application') expect([...outcome.inFavour, ...outcome.against]).toEqual([]);
        expect(outcome.barred).toBe(a.sentence === 'life' || a.sentence === 'over_one_year_unsuspended' || a.listedBarGround === true);
      }),
      { numRuns },
    );
  });

  it('barred holds whenever the sentence condition or a listed ground holds, and a drug conviction alone never sets it (C3.3, C3.16)', () => {
    fc.assert(
      fc.property(wellFormed, (input) => {
        const outcome = assessSps(input);
        if (outcome.kind !== 'result') return;
        const a = outcome.answers;
        const sentenceCondition = a.sentence === 'life' || a.sentence === 'over_one_year_unsuspended';
        if (sentenceCondition || a.listedBarGround) expect(outcome.barred).toBe(true);
        if (!sentenceCondition && !a.listedBarGround) expect(outcome.barred).toBe(false);
        // The same answers with a drug conviction added give the same bar.
        const withDrug = assessSps({ ...input, sentence: a.sentence === 'none' ? 'fine_or_suspended' : input.sentence, against: [...(input.against ?? []), 'drug_offence'] });
        if (withDrug.kind === 'result') expect(withDrug.barred).toBe(withDrug.answers.sentence === 'life' || withDrug.answers.sentence === 'over_one_year_unsuspended' || withDrug.answers.listedBarGround === true);
      }),
      { numRuns },
    );
  });

  it('a departure order never comes with another deportation ground, a listed crime, a past removal or the notice (C5.2)', () => {
    fc.assert(
      fc.property(wellFormed, (input) => {
        const outcome = assessSps(input);
        if (outcome.kind !== 'result' || outcome.route !== 'departure_order') return;
        const a = outcome.answers;
        expect(a.wish).toBe('leave');
        expect(a.situation).toBe('overstay');
        expect(a.sentence === 'life' || a.sentence === 'over_one_year_unsuspended').toBe(false);
        expect(a.against).not.toContain('drug_offence');
        expect(a.listedBarGround).toBe(false);
        expect(a.listedCrimeConviction).toBe(false);
        expect(a.previouslyDeportedOrOrdered).toBe(false);
        expect(a.deportabilityNotified).toBe(false);
        expect(outcome.barred).toBe(false);
        expect(a.stage).not.toBe('deportation_order_issued');
        // Detained or supervised: the result must say "before the notice" (C5.7).
        expect(outcome.departureOrder?.beforeNotice).toBe(['detained', 'provisional_release', 'supervision'].includes(a.stage));
      }),
      { numRuns },
    );
  });

  it('any input that gives a departure order turns into the deportation procedure once another ground is added', () => {
    const grounds = [{ situation: 'illegal_entry' }, { situation: 'other_deportation_ground' }, { sentence: 'life' }, { sentence: 'over_one_year_unsuspended' }, { listedBarGround: true }, { sentence: 'fine_or_suspended', against: ['drug_offence'] }];
    fc.assert(
      fc.property(wellFormed, fc.constantFrom(...grounds), (input, ground) => {
        const outcome = assessSps(input);
        if (outcome.kind !== 'result' || outcome.route !== 'departure_order') return;
        const other = assessSps({ ...outcome.answers, ...ground });
        expect(other.kind === 'result' && other.route).toBe('deportation_procedure');
      }),
      { numRuns },
    );
  });

  it('a lawful resident with another ground, before any contact, is never sent to the bureau (F)', () => {
    fc.assert(
      fc.property(wellFormed, (input) => {
        const outcome = assessSps({ ...input, situation: 'other_deportation_ground', stage: 'no_contact' });
        if (outcome.kind !== 'result') return;
        expect(outcome.nextSteps).not.toContain('appear_at_regional_bureau');
        expect(outcome.nextSteps).not.toContain('appear_to_leave_voluntarily');
        // Whether they want to stay or to leave, advice comes before anything else.
        expect(outcome.nextSteps[0]).toBe('legal_advice_first');
      }),
      { numRuns },
    );
  });

  it('survives hostile objects', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { throw new Error('boom'); } });
    expect(() => assessSps(hostile)).not.toThrow();
    const arrayBomb = { ...{ wish: 'stay' }, get inFavour() { throw new Error('boom'); } };
    expect(() => assessSps(arrayBomb)).not.toThrow();
  });
});

/** Query strings with the real parameter names and arbitrary values, so parsing goes deep. */
const queryLike = fc
  .array(fc.tuple(fc.constantFrom(...Object.values(paramNames), 'change', 'x'), fc.oneof(fc.string(), fc.constantFrom('yes', 'no', 'stay', 'leave', ...stages))))
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

describe('query round trip', () => {
  it('toSpsQuery then parseSpsQuery gives back the normalised answers', () => {
    fc.assert(
      fc.property(answersLike, (input) => {
        const clean = normaliseAnswers(input);
        expect(parseSpsQuery(toSpsQuery(clean))).toEqual(clean);
      }),
      { numRuns },
    );
  });

  it('parsing any string never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.string({ unit: 'binary' }), queryLike), (text) => {
        expect(() => assessSps(parseSpsQuery(text))).not.toThrow();
      }),
      { numRuns },
    );
    // Generating binary strings is slow on a loaded machine; the property itself is cheap.
  }, 120_000);
});
