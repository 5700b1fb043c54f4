// Which sources a result shows, picked from a table the page passes as props (reasons.ts's
// sourceTable), so the tables travel as data in the HTML and only this logic ships as JavaScript.
import type { AgainstFactor, DepartureOrderBlocker, FavourFactor, RefundStatus, SpsResult, SpsRoute } from './assess.ts';

export type Source = {
  /** Entries in shared/domain/facts.md. */
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
  const merge = (topic: SourceTopic, sources: readonly Source[]): ShownSource | null => {
    if (sources.length === 0) return null;
    const facts = [...new Set(sources.flatMap((source) => source.facts))];
    const url = sources.find((source) => source.url)?.url ?? null;
    const confidence = sources.some((source) => source.confidence === 'S') ? 'S' : 'V';
    return { topic, facts, url, confidence };
  };
  const isSps = result.route === 'sps_application';
  const shown = [
    merge('route', [table.routes[result.route]]),
    result.nextSteps.includes('legal_advice_first') ? merge('adviceFirst', [table.adviceFirst]) : null,
    result.departureOrder?.beforeNotice ? merge('beforeNotice', [table.beforeNotice]) : null,
    merge('blockers', result.departureOrderBlockers.map((code) => table.blockers[code])),
    isSps ? merge('bar', [table.bar]) : null,
    isSps && result.against.includes('drug_offence') ? merge('drug', [table.drug]) : null,
    isSps ? merge('factors', [...result.inFavour, ...result.against].map((code) => table.factors[code])) : null,
    isSps ? merge('weighing', [table.weighing]) : null,
    isSps ? merge('timing', [table.timing]) : null,
    merge('refund', [table.refund[result.refund]]),
  ];
  return shown.filter((source): source is ShownSource => source !== null && source.facts.length > 0);
}
