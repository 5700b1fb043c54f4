// "How the checker decides": the checker's rules as a plain table, rendered at build time and
// never hydrated, so readers without JavaScript get the same answers. Rows follow the order in
// which assessReentry applies the rules (wording.ts decisionRows).

import { translate } from '../kit/translate.ts';
import type { Vars } from '../kit/strings.ts';
import { decisionRows, legalVars } from './wording.ts';

export type DecisionTableProps = {
  /** BCP 47 tag, for the figures' formatting. */
  lang: string;
  /** The reentry dictionary flattened to dotted keys. */
  strings: Record<string, string>;
  /** Heading level of the title, to fit the page outline (default 2). */
  headingLevel?: 2 | 3;
  /** The office named in the closing line ("not legal advice; the rules were last checked on …"). */
  office: { name: string; phone: string };
};

export default function DecisionTable({ lang, strings, headingLevel = 2, office }: DecisionTableProps) {
  const vars: Vars = legalVars(lang);
  const t = (key: string) => translate(strings, `decisionTable.${key}`, vars);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="reentry-decisions" aria-labelledby="reentry-decisions-title">
      <Heading id="reentry-decisions-title">{t('title')}</Heading>
      <p>{t('intro')}</p>
      <div class="reentry-table-wrap">
        <table class="reentry-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('colIf')}</th>
              <th scope="col">{t('colThen')}</th>
              <th scope="col">{t('colReturnBy')}</th>
            </tr>
          </thead>
          <tbody>
            {decisionRows.map((row, i) => (
              <tr key={row}>
                <td>{i + 1}</td>
                <th scope="row" data-label={t('colIf')}>{t(`rows.${row}.if`)}</th>
                <td data-label={t('colThen')}>{t(`rows.${row}.then`)}</td>
                <td data-label={t('colReturnBy')}>{t(`rows.${row}.returnBy`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('counting')}</p>
      <p>
        <strong>{t('always')}</strong>
      </p>
      {/* The day the rules were last checked, as the checker's result says it. */}
      <p class="checker-small">{translate(strings, 'notAdvice', { ...vars, office: office.name, phone: office.phone })}</p>
    </section>
  );
}
