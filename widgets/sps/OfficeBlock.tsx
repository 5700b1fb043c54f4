// The office's contact box, shown on every result and in the no-JavaScript route table.
/** @jsxImportSource ../kit/jsx */
import type { ComponentChildren } from 'preact';
import type { Vars } from './text.ts';

export type OfficeBlockProps = {
  t: (key: string, vars?: Vars) => string;
  vars: Vars;
  phoneE164: string;
  /** Shown after the call button, e.g. a link to the contact page. */
  children?: ComponentChildren;
};

export default function OfficeBlock({ t, vars, phoneE164, children }: OfficeBlockProps) {
  return (
    <div class="sps-office">
      <h3>{t('office.heading', vars)}</h3>
      <p>{t('office.text', vars)}</p>
      <p>
        <a class="checker-button" href={`tel:${phoneE164}`}>
          {t('office.call', vars)}
        </a>
        {children}
      </p>
    </div>
  );
}
