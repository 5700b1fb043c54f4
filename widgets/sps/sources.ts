// Which sources a result shows, picked from a table the page passes as props (reasons.ts's
// sourceTable), so the tables travel as data in the HTML and only this logic ships as JavaScript.
import type { AgainstFactor, DepartureOrderBlocker, FavourFactor, RefundStatus, SpsResult, SpsRoute } from './assess.ts';

export type Source = {
  /** Entries in docs/facts.md. */
  facts: readonly string[];
  /** An official (ISA / MOJ) page, or null when facts.md cites none for this point. */
  url: string | null;
  /** facts.md's confidence label: V verified in an official source, S secondary only. */
  confidence: 'V' | 'S';
};

export type SourceTable = {
  routes: Readonly<Record<SpsRoute, Source>>;
  blockers: Readonly<Record<DepartureOrderBlocker, Source>>;
  factors: Readonly<Record<FavourFactor | AgainstFactor, Source>>;
  refund: Readonly<Record<RefundStatus, Source>>;
  bar: Source;
  drug: Source;
  weighing: Source;
  timing: Source;
  beforeNotice: Source;
  adviceFirst: Source;
  /** Official page address → its title, shown as link text. */
  titles: Readonly<Record<string, string>>;
};

/** What a shown source is about; the page words each topic as `sources.topics.<topic>`. */
export type SourceTopic = 'route' | 'blockers' | 'bar' | 'drug' | 'factors' | 'weighing' | 'timing' | 'beforeNotice' | 'adviceFirst' | 'refund';
export type ShownSource = { topic: SourceTopic } & Source;

/** The sources behind every statement a result shows, in the order the result shows them. */
export function resultSources(result: SpsResult, table: SourceTable): ShownSource[] {
  const isSps = result.route === 'sps_application';
  // Each topic with the sources behind it for this result; none when the result does not say it.
  const topics: [SourceTopic, readonly Source[]][] = [
    ['route', [table.routes[result.route]]],
    ['adviceFirst', result.nextSteps.includes('legal_advice_first') ? [table.adviceFirst] : []],
    ['beforeNotice', result.departureOrder?.beforeNotice ? [table.beforeNotice] : []],
    ['blockers', result.departureOrderBlockers.map((code) => table.blockers[code])],
    ['bar', isSps ? [table.bar] : []],
    ['drug', isSps && result.against.includes('drug_offence') ? [table.drug] : []],
    ['factors', isSps ? [...result.inFavour, ...result.against].map((code) => table.factors[code]) : []],
    ['weighing', isSps ? [table.weighing] : []],
    ['timing', isSps ? [table.timing] : []],
    ['refund', [table.refund[result.refund]]],
  ];
  // One line per topic: its facts rows once each, the first official page, secondary if any source is.
  return topics
    .map(([topic, sources]) => ({
      topic,
      facts: [...new Set(sources.flatMap((source) => source.facts))],
      url: sources.find((source) => source.url)?.url ?? null,
      confidence: sources.some((source) => source.confidence === 'S') ? ('S' as const) : ('V' as const),
    }))
    .filter((source) => source.facts.length > 0);
}
