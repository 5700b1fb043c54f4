// What the checker islands receive as props: strings already translated (i18next stays on the
// server), links in the reader's language and the office's contact details.
import { intlTag, type Locale } from '../config/locales.ts';
import { reasonSources } from '../../widgets/reentry/reasons.ts';
import { legalVars } from '../../widgets/reentry/wording.ts';
import { sourceTable as spsSources } from '../../widgets/sps/reasons.ts';
import { displayPhone, office } from '../data/office.ts';
import { namespaceStrings } from '../i18n/translator.ts';
import { pathFor } from '../routing/urls.ts';
import { dateFallbackFor } from '../i18n/format.ts';
import { keyDates, specialPermissionFacts } from '../data/legal.ts';
import { spsRulesCheckedOn } from '../../widgets/sps/checked.ts';
import { formatLongDate } from '../../widgets/kit/format.ts';

export function checkerOffice() {
  return { name: office.name, phone: displayPhone(office.phone), phoneE164: office.phoneE164 };
}

export function reentryCheckerProps(locale: Locale) {
  return {
    lang: intlTag(locale),
    dateFallback: dateFallbackFor(locale),
    strings: namespaceStrings(locale, 'reentry'),
    // The law's figures, formatted for the language, travel as props, not as JavaScript.
    legal: legalVars(intlTag(locale)),
    // Source titles and links travel as props, not as JavaScript.
    sources: reasonSources,
    links: {
      reentryPermit: pathFor(locale, 're-entry-permit'),
      specialReentry: pathFor(locale, 'special-re-entry-permit'),
      specialPermission: pathFor(locale, 'special-permission-to-stay'),
      contact: pathFor(locale, 'contact'),
      fees: pathFor(locale, 'fees'),
    },
    office: checkerOffice(),
  };
}

export function spsCheckerProps(locale: Locale) {
  return {
    lang: intlTag(locale),
    strings: namespaceStrings(locale, 'sps'),
    // Written here, in the reader's language, so the island ships no date formatting.
    dates: { reformInForce: formatLongDate(keyDates.spsReformInForce, intlTag(locale)), checkedOn: formatLongDate(spsRulesCheckedOn, intlTag(locale)) },
    // The law's figures a result words travel as props, not as JavaScript.
    figures: { daysToContestFinding: specialPermissionFacts.daysToContestFinding },
    // The facts rows and official pages behind each result travel as props, not as JavaScript.
    sources: spsSources,
    links: {
      spsGuide: pathFor(locale, 'special-permission-to-stay'),
      refundPolicy: pathFor(locale, 'refund-policy'),
      reentryPermit: pathFor(locale, 're-entry-permit'),
      specialReentry: pathFor(locale, 'special-re-entry-permit'),
      contact: pathFor(locale, 'contact'),
    },
    office: checkerOffice(),
  };
}

/** Each checker's props by its registry namespace (registry.ts), for the checker page template. */
export const checkerProps = { reentry: reentryCheckerProps, sps: spsCheckerProps } as const;
