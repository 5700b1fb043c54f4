// The re-entry checker island. It only renders: the rules are in assess.ts, the questions in
// questions.ts, the URL format in query.ts, the choice of texts in wording.ts, and every word
// comes in through `strings`. Without JavaScript the same markup is a plain GET form.
// No network requests and no storage: the answers live only in the page address.

import { useEffect, useState } from 'preact/hooks';
import { assessReentry, type ReentryAnswers, type ReentryError, type ReentryField, type ReentryOutcome } from './assess.ts';
import { answersToQuery, datePartSuffixes, hasAnyAnswer, noExclusionValue, paramNames, queryToAnswers, type ReentryDraft } from './query.ts';
import { errorKeys, firstInputId, inputId, visibleQuestions, type Question } from './questions.ts';
import type { ReasonInfo } from './reasons.ts';
import { buildReentryIcs, icsFileName } from './ics.ts';
import { checklistKeys, guideLinks, outcomeTitleKey, outcomeVars, legalVars, splitReasons } from './wording.ts';
import { parseLooseDate, splitISODate } from '../shared/calendar-date.ts';
import { formatLongDate, translate, type Vars } from '../shared/format.ts';

export type ReentryCheckerProps = {
  /** BCP 47 tag for Intl formatting, e.g. 'ja', 'zh-CN'. */
  lang: string;
  /** The reentry dictionary flattened to dotted keys. */
  strings: Record<string, string>;
  links: { reentryPermit: string; specialReentry: string; specialPermission: string; contact: string; fees: string };
  office: { name: string; phone: string; phoneE164: string };
  /**
   * Source of each reason code: pass `reasonSources` from ./reasons.ts. A prop rather than an
   * import so the ~1.2 KB gzip of titles and addresses travels as HTML, not as JavaScript.
   * Without it, reasons are shown without their source line.
   */
  sources?: Record<string, ReasonInfo>;
};

/** Raw form values by input name, exactly as typed: 'departure-year' → '２０２６'. */
export type Values = Record<string, string | string[]>;

const dateFields = new Set<ReentryField>(['stayExpiry', 'departure', 'plannedReturn']);

function valuesToParams(values: Values): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== '') params.append(name, v);
  }
  return params;
}

export function draftToValues(draft: ReentryDraft): Values {
  const values: Values = {};
  for (const [name, value] of answersToQuery(draft)) {
    const field = (Object.keys(paramNames) as ReentryField[]).find((f) => paramNames[f] === name);
    const parts = field && dateFields.has(field) ? splitISODate(value) : null;
    if (parts) datePartSuffixes.forEach((s) => (values[`${name}-${s}`] = parts[s]));
    else if (name === paramNames.exclusions) values[name] = [...((values[name] as string[]) ?? []), value];
    else values[name] = value;
  }
  return values;
}

export type Checked = { draft: ReentryDraft; outcome: ReentryOutcome; errors: ReentryError[] };

/** Form values → draft, outcome and the errors to show (exported for tests). */
export function check(values: Values): Checked {
  const draft = queryToAnswers(valuesToParams(values));
  const outcome = assessReentry(draft as ReentryAnswers);
  if (outcome.kind !== 'invalid') return { draft, outcome, errors: [] };
  // The engine only sees dates that could be read; say why a typed date could not be.
  const errors = outcome.errors.map((e) => {
    if (!dateFields.has(e.field) || e.code !== 'required') return e;
    const name = paramNames[e.field];
    const parsed = parseLooseDate(values[`${name}-year`], values[`${name}-month`], values[`${name}-day`]);
    return parsed.ok ? e : { field: e.field, code: parsed.code };
  });
  return { draft, outcome, errors };
}

export default function ReentryChecker({ lang, strings, links, office, sources = {} }: ReentryCheckerProps) {
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<ReentryError[]>([]);
  const [result, setResult] = useState<Checked | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const base: Vars = { ...legalVars(lang), office: office.name, phone: office.phone };
  const t = (key: string | string[], vars: Vars = base) => translate(strings, key, vars);

  // Reading the URL (on load and on back/forward) is the only way answers come in.
  const readUrl = (focus: boolean) => {
    const search = window.location.search;
    const next = draftToValues(queryToAnswers(search));
    setValues(next);
    if (!hasAnyAnswer(search)) {
      setErrors([]);
      setResult(null);
      return;
    }
    const checked = check(next);
    setErrors(checked.errors);
    setResult(checked.errors.length ? null : checked);
    if (focus) setFocusId(checked.errors.length ? 'reentry-error-summary' : 'reentry-result-heading');
  };
  useEffect(() => {
    readUrl(false);
    const onPop = () => readUrl(true);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, result, errors]);

  const set = (name: string, value: string | string[]) => setValues({ ...values, [name]: value });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const checked = check(values);
    setErrors(checked.errors);
    if (checked.errors.length) {
      setFocusId('reentry-error-summary');
      return;
    }
    history.pushState(null, '', `${location.pathname}?${answersToQuery(checked.draft)}`);
    setResult(checked);
    setFocusId('reentry-result-heading');
  };

  const startAgain = () => {
    history.pushState(null, '', location.pathname);
    setValues({});
    setErrors([]);
    setResult(null);
    setFocusId(firstInputId('residence'));
  };

  const change = (field: ReentryField) => {
    setResult(null);
    setFocusId(firstInputId(field));
  };

  if (result) return <Result {...{ result, lang, t, links, office, sources, change, startAgain }} />;

  const residence = queryToAnswers(valuesToParams(values)).residence;
  const questions = visibleQuestions(residence);
  // An answer that hid a question also hides its error.
  const shownErrors = errors.filter((e) => questions.some((q) => q.field === e.field));
  const errorFor = (field: ReentryField) => shownErrors.find((e) => e.field === field);
  return (
    <form class="reentry-form" method="get" action="" noValidate onSubmit={onSubmit} aria-label={t('form.label')}>
      {shownErrors.length > 0 && (
        <div class="reentry-error-summary" id="reentry-error-summary" tabIndex={-1} role="alert" aria-labelledby="reentry-error-title">
          <h2 id="reentry-error-title">{t('errors.summaryTitle')}</h2>
          <ul>
            {shownErrors.map((e) => (
              <li key={e.field}>
                <a
                  href={`#${firstInputId(e.field)}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    document.getElementById(firstInputId(e.field))?.focus();
                  }}
                >
                  {t(errorKeys(e.field, e.code))}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {questions.map((q) => (
        <QuestionField key={q.field} q={q} values={values} set={set} error={errorFor(q.field)} t={t} />
      ))}
      <button type="submit" class="reentry-button">
        {t('buttons.check')}
      </button>
      <p class="reentry-privacy">{t('privacy')}</p>
    </form>
  );
}

export type T = (key: string | string[], vars?: Vars) => string;

function QuestionField({ q, values, set, error, t }: { q: Question; values: Values; set: (n: string, v: string | string[]) => void; error?: ReentryError | undefined; t: T }) {
  // Not derived from inputId: option ids end in -0-hint, these must never collide with them.
  const hintId = `reentry-${q.param}-hint`;
  const errorId = `reentry-${q.param}-error`;
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  const ticked = (values[q.param] as string[] | undefined) ?? [];
  return (
    <fieldset class={`reentry-question${error ? ' reentry-question--error' : ''}`} aria-describedby={describedBy}>
      <legend>{t(q.legendKey)}</legend>
      <p class="reentry-hint" id={hintId}>
        {q.kind === 'date' ? `${t(q.hintKey!)} ${t('date.hint')}` : t(q.hintKey!)}
      </p>
      {error && (
        <p class="reentry-error" id={errorId}>
          <span class="reentry-visually-hidden">{t('errors.prefix')} </span>
          {t(errorKeys(q.field, error.code))}
        </p>
      )}
      {q.kind === 'date' ? (
        <div class="reentry-date">
          {datePartSuffixes.map((part) => {
            const name = `${q.param}-${part}`;
            return (
              <div class={`reentry-date-part reentry-date-${part}`} key={part}>
                <label for={inputId(q.field, part)}>{t(`date.${part}`)}</label>
                <input
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellcheck={false}
                  id={inputId(q.field, part)}
                  name={name}
                  size={part === 'year' ? 4 : 2}
                  value={(values[name] as string | undefined) ?? ''}
                  aria-invalid={error ? 'true' : undefined}
                  onInput={(e) => set(name, (e.currentTarget as HTMLInputElement).value)}
                />
              </div>
            );
          })}
        </div>
      ) : (
        <div class="reentry-options">
          {q.options.map((o, i) => {
            const id = inputId(q.field, i);
            const hint = o.hintKey ? t(o.hintKey) : '';
            const hintShown = hint && hint !== o.hintKey;
            const checked = q.kind === 'radio' ? values[q.param] === o.value : ticked.includes(o.value);
            const onChange = (e: Event) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              if (q.kind === 'radio') return set(q.param, o.value);
              // "None of these" and the exclusions rule each other out.
              if (o.exclusive) return set(q.param, on ? [o.value] : []);
              const rest = ticked.filter((v) => v !== o.value && v !== noExclusionValue);
              set(q.param, on ? [...rest, o.value] : rest);
            };
            return (
              <div class="reentry-option" key={o.value}>
                <input
                  type={q.kind === 'radio' ? 'radio' : 'checkbox'}
                  id={id}
                  name={q.param}
                  value={o.value}
                  checked={checked}
                  onChange={onChange}
                  aria-describedby={hintShown ? `${id}-hint` : undefined}
                />
                <label for={id}>{t(o.labelKey)}</label>
                {hintShown && (
                  <p class="reentry-option-hint" id={`${id}-hint`}>
                    {hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}

export type ResultProps = {
  result: Checked;
  lang: string;
  t: T;
  links: ReentryCheckerProps['links'];
  office: ReentryCheckerProps['office'];
  sources: Record<string, ReasonInfo>;
  change: (field: ReentryField) => void;
  startAgain: () => void;
};

export function Result({ result, lang, t, links, office, sources, change, startAgain }: ResultProps) {
  const { outcome, draft } = result;
  const vars: Vars = { ...outcomeVars(outcome, draft, lang), office: office.name, phone: office.phone };
  const { why, warnings } = splitReasons(outcome);
  const checklist = checklistKeys(outcome, draft);
  const returnBy = 'returnBy' in outcome ? outcome.returnBy : null;
  const kind = outcome.kind;

  const addToCalendar = () => {
    if (!returnBy || !('dates' in outcome)) return;
    const calVars = { ...vars, url: location.href };
    const ics = buildReentryIcs({
      returnBy,
      departure: outcome.dates.departure,
      route: kind,
      summary: t('calendar.summary', calVars),
      description: t('calendar.description', calVars),
      alarm30: t('calendar.alarm30', calVars),
      alarm7: t('calendar.alarm7', calVars),
      url: location.href,
      stamp: new Date(),
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = icsFileName(returnBy);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // The print button marks the page so the print stylesheet shows the checklist alone.
  const printChecklist = () => {
    const root = document.documentElement;
    root.classList.add('reentry-printing');
    const done = () => {
      root.classList.remove('reentry-printing');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  const answerText = (q: Question): string => {
    const value = draft[q.field];
    const tv = (key: string) => t(key, vars);
    if (value === undefined || value === null) return tv('form.notAnswered');
    if (q.kind === 'date') return `${formatLongDate(String(value), lang)} (${String(value)})`;
    if (typeof value === 'boolean') return tv(q.options.find((o) => o.value === (value ? 'yes' : 'no'))!.labelKey);
    if (Array.isArray(value)) {
      const chosen = value.length ? value : [noExclusionValue];
      return chosen.map((v) => tv(q.options.find((o) => o.value === v)?.labelKey ?? v)).join('; ');
    }
    return tv(q.options.find((o) => o.value === value)?.labelKey ?? String(value));
  };

  return (
    <section class="reentry-result" aria-labelledby="reentry-result-heading">
      <p class="reentry-result-kicker reentry-noprint">{t('outcome.heading')}</p>
      <h2 id="reentry-result-heading" tabIndex={-1}>
        {t(outcomeTitleKey(outcome), vars)}
      </h2>
      <p class="reentry-lead">{t(`outcome.${kind}.lead`, vars)}</p>
      {returnBy && (
        <div class="reentry-returnby">
          <p class="reentry-returnby-label">{t('outcome.returnByLabel', vars)}</p>
          <p class="reentry-returnby-date">
            <strong>{vars.returnBy}</strong> (<time dateTime={returnBy}>{returnBy}</time>)
          </p>
          <p class="reentry-hint">{t('outcome.returnByNote', vars)}</p>
        </div>
      )}

      <h3>{t('result.atDeparture')}</h3>
      <p>{t(`outcome.${kind}.atDeparture`, vars)}</p>

      {warnings.length > 0 && (
        <div class="reentry-warning" role="note" aria-labelledby="reentry-warnings-title">
          <h3 id="reentry-warnings-title">
            <span aria-hidden="true">! </span>
            {t('result.warnings')}
          </h3>
          <ul>
            {warnings.map((code) => (
              <Reason key={code} info={sources[code]} code={code} t={t} vars={vars} />
            ))}
          </ul>
        </div>
      )}

      {checklist.length > 0 && (
        <div class="reentry-checklist">
          <h3>{t('checklist.title')}</h3>
          <p class="reentry-hint">{t('checklist.intro')}</p>
          <ul>
            {checklist.map((key) => (
              <li key={key}>
                <span class="reentry-box" aria-hidden="true" />
                {t(key, vars)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="reentry-actions reentry-noprint">
        {returnBy && kind !== 'too_long' && (
          <button type="button" class="reentry-button" onClick={addToCalendar}>
            {t('buttons.addToCalendar')}
          </button>
        )}
        {checklist.length > 0 && (
          <button type="button" class="reentry-button reentry-button--secondary" onClick={printChecklist}>
            {t('buttons.printChecklist')}
          </button>
        )}
      </div>

      <h3>{t('result.why')}</h3>
      <ul class="reentry-reasons">
        {why.map((code) => (
          <Reason key={code} info={sources[code]} code={code} t={t} vars={vars} />
        ))}
      </ul>

      <h3 class="reentry-noprint">{t('result.guides')}</h3>
      <ul class="reentry-links reentry-noprint">
        {guideLinks(outcome).map((name) => (
          <li key={name}>
            <a href={links[name]}>{t(`links.${name}`, vars)}</a>
          </li>
        ))}
      </ul>

      <h3>{t('result.yourAnswers')}</h3>
      <dl class="reentry-answers">
        {visibleQuestions(draft.residence).map((q) => (
          <div class="reentry-answer" key={q.field}>
            <dt>{t(q.legendKey.replace(/legend$/, 'summary'), vars)}</dt>
            <dd>{answerText(q)}</dd>
            <dd class="reentry-noprint">
              <button type="button" class="reentry-link-button" onClick={() => change(q.field)}>
                {t('buttons.change')}
                <span class="reentry-visually-hidden"> {t('form.changeHidden', { question: t(q.legendKey, vars) })}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>

      <p class="reentry-noprint">
        <button type="button" class="reentry-button reentry-button--secondary" onClick={startAgain}>
          {t('buttons.startAgain')}
        </button>
      </p>
      <p class="reentry-small">
        {t('result.contact', vars).split(office.phone)[0]}
        <a href={`tel:${office.phoneE164}`}>{office.phone}</a>
        {t('result.contact', vars).split(office.phone).slice(1).join(office.phone)}
      </p>
      <p class="reentry-small">{t('notAdvice', vars)}</p>
    </section>
  );
}

function Reason({ code, info, t, vars }: { code: string; info: ReasonInfo | undefined; t: T; vars: Vars }) {
  return (
    <li class="reentry-reason">
      <p>{t(`reasons.${code}`, vars)}</p>
      {info && (
        <p class="reentry-source">
          {t('result.source')}{' '}
          {info.source.url ? <a href={info.source.url}>{info.source.title}</a> : info.source.title}
          {info.secondary ? ` ${t('result.secondary')}` : ''}
        </p>
      )}
    </li>
  );
}
