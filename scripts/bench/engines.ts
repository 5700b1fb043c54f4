// The checker engines timed in this process: assessReentry and assessSps on 10,000 varied valid
// inputs each (fixed-seed random answers, invalid combinations discarded), 5 rounds after a
// warm-up. Rows: section "checker engines".
import { assessReentry, exclusionKinds, residences, tripPlans, type ReentryAnswers } from '../../widgets/reentry/assess.ts';
import { assessSps, type SpsAnswers } from '../../widgets/sps/assess.ts';
import { againstFactors, favourFactors, sentences, situations, stages, wishes } from '../../widgets/sps/questions.ts';
import { budgetRow, log, notMeasured, round, rows } from './report.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same inputs. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T,>(items: readonly T[], chance: number): T[] => items.filter(() => next() < chance);
  return { next, int, pick, some };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function reentryInputs(count: number): { inputs: ReentryAnswers[]; generated: number } {
  const r = random(20241);
  const inputs: ReentryAnswers[] = [];
  let generated = 0;
  while (inputs.length < count && generated < count * 20) {
    generated++;
    const departure = addDays('2024-01-01', r.int(2500));
    const answers: ReentryAnswers = {
      residence: r.pick(residences),
      hasValidPassport: r.next() < 0.85,
      hasCard: r.next() < 0.85,
      exclusions: r.next() < 0.8 ? [] : r.some(exclusionKinds, 0.3),
      stayExpiry: addDays(departure, r.int(2200) - 30),
      pendingApplication: r.next() < 0.2,
      departure,
      plannedReturn: addDays(departure, r.int(2600)),
      trips: r.pick(tripPlans),
    };
    if (assessReentry(answers).kind !== 'invalid') inputs.push(answers);
  }
  return { inputs, generated };
}

export function spsInputs(count: number): { inputs: SpsAnswers[]; generated: number } {
  const r = random(20240610);
  const inputs: SpsAnswers[] = [];
  let generated = 0;
  while (inputs.length < count && generated < count * 20) {
    generated++;
    const answers: SpsAnswers = {
      wish: r.pick(wishes),
      situation: r.pick(situations),
      stage: r.pick(stages),
      sentence: r.pick(sentences),
      listedCrimeConviction: r.next() < 0.2,
      previouslyDeportedOrOrdered: r.next() < 0.2,
      inFavour: r.some(favourFactors, 0.25),
      against: r.some(againstFactors.filter((c) => c !== 'criminal_offence'), 0.15),
    };
    if (assessSps(answers).kind === 'result') inputs.push(answers);
  }
  return { inputs, generated };
}

export type EngineTiming = { calls: number; distinctInputs: number; generated: number; meanUs: number; p99Us: number; maxUs: number; outcomes: Record<string, number> };

export function timeEngine<T>(inputs: T[], generated: number, assess: (input: T) => { kind: string; route?: string }): EngineTiming {
  const rounds = 5;
  const outcomes: Record<string, number> = {};
  let sink = 0;
  for (const input of inputs) {
    const o = assess(input); // warm-up, and what the inputs cover
    const key = o.route ?? o.kind;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const input of inputs) sink += assess(input).kind.length;
  const totalNs = Number(process.hrtime.bigint() - start);
  const each: number[] = [];
  for (const input of inputs) {
    const t = process.hrtime.bigint();
    sink += assess(input).kind.length;
    each.push(Number(process.hrtime.bigint() - t));
  }
  each.sort((a, b) => a - b);
  if (sink < 0) log('unreachable');
  return {
    calls: rounds * inputs.length, distinctInputs: inputs.length, generated,
    meanUs: totalNs / (rounds * inputs.length) / 1000,
    p99Us: each[Math.floor(each.length * 0.99)]! / 1000,
    maxUs: each[each.length - 1]! / 1000,
    outcomes,
  };
}

export function timeEngines(): { assessReentry: EngineTiming; assessSps: EngineTiming } {
  const reentry = reentryInputs(10_000);
  const sps = spsInputs(10_000);
  return { assessReentry: timeEngine(reentry.inputs, reentry.generated, assessReentry), assessSps: timeEngine(sps.inputs, sps.generated, assessSps) };
}

export function engineRows(timings: { assessReentry: EngineTiming; assessSps: EngineTiming }): void {
  const { assessReentry: reentryTiming, assessSps: spsTiming } = timings;
  const csec = `checker engines (${reentryTiming.distinctInputs.toLocaleString('en')} varied valid inputs × 5 rounds, this process)`;
  budgetRow({ section: csec, figure: 'assessReentry, mean per call', unit: 'µs', site: round(reentryTiming.meanUs, 2), budget: '< 1000 µs' }, (v) => v < 1000);
  rows.push({ section: csec, figure: '  p99 / max per call', unit: 'µs', site: `${round(reentryTiming.p99Us, 1)} / ${round(reentryTiming.maxUs, 0)}` });
  budgetRow({ section: csec, figure: 'assessSps, mean per call', unit: 'µs', site: round(spsTiming.meanUs, 2), budget: '< 1000 µs' }, (v) => v < 1000);
  rows.push({ section: csec, figure: '  p99 / max per call', unit: 'µs', site: `${round(spsTiming.p99Us, 1)} / ${round(spsTiming.maxUs, 0)}` });
  if (reentryTiming.distinctInputs < 10_000) notMeasured.push(`assessReentry: only ${reentryTiming.distinctInputs} valid inputs out of ${reentryTiming.generated} generated`);
  if (spsTiming.distinctInputs < 10_000) notMeasured.push(`assessSps: only ${spsTiming.distinctInputs} valid inputs out of ${spsTiming.generated} generated`);
}
