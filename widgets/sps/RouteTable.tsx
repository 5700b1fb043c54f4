// The no-JavaScript path: a static overview of which procedure fits which situation, rendered at
// build time only (never hydrated: use it in an .astro page without a client:* directive). It
// reads the same route codes and strings as the checker, so both always say the same thing.

import { routeCodes, translator } from './text.ts';
import type { SpsCheckerProps } from './SpsChecker.tsx';
import OfficeBlock from './OfficeBlock.tsx';

export type RouteTableProps = Pick<SpsCheckerProps, 'lang' | 'strings' | 'links' | 'office' | 'dates'>;

export default function RouteTable({ lang, strings, links, office, dates }: RouteTableProps) {
  const { t } = translator(strings, lang);
  const vars = { office: office.name, phone: office.phone };
  return (
    <section class="sps sps-routes" aria-labelledby="sps-routes-heading" lang={lang}>
      <h2 id="sps-routes-heading">{t('routeTable.heading')}</h2>
      <p>{t('routeTable.intro')}</p>
      <table class="sps-table">
        <thead>
          <tr>
            <th scope="col">{t('routeTable.situation')}</th>
            <th scope="col">{t('routeTable.whatApplies')}</th>
          </tr>
        </thead>
        <tbody>
          {routeCodes.map((route) => (
            <tr key={route}>
              <th scope="row">{t(`routeTable.rows.${route}`)}</th>
              <td>{t(`routes.${route}.heading`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="sps-callout sps-callout--bar">{t('routeTable.bar')}</p>
      <p>{t('routeTable.factors')}</p>
      <p>
        {t('routeTable.refund')} <a href={links.refundPolicy}>{t('refund.readPolicy')}</a>
      </p>
      <p>
        <a href={links.spsGuide}>{t('nextSteps.read_guide_sps')}</a>
      </p>
      <OfficeBlock t={t} vars={vars} phoneE164={office.phoneE164}>
        {' '}
        <a href={links.contact}>{t('nextSteps.contact_office', vars)}</a>
      </OfficeBlock>
      <p class="sps-callout">{t('notAdvice', vars)}</p>
      {/* The day the rules were last checked, as each result says it. */}
      <p class="checker-hint">{t('sources.checkedOn', { checkedOn: dates.checkedOn })}</p>
    </section>
  );
}
