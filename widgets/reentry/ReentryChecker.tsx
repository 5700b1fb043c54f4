// The re-entry checker island. It only renders: the rules are in assess.ts, the questions in
// questions.ts, the URL format in query.ts, the choice of texts in wording.ts, and every word
// comes in through `strings`. Without JavaScript the page offers its static decision table instead
// (src/components/CheckerNoScript.astro). No network requests and no storage: the answers live only
// in the page address. JSX becomes Preact's own h() (../kit/jsx), which the page loads anyway.
/** @jsxImportSource ../kit/jsx */
//
// A class component rather than hooks: the page then loads no preact/hooks (about 1.1 KB gzip),
// which helps keep it within its JavaScript budget (12 KB gzip, everything included).

import { Component } from 'preact';
import { assessReentry, fieldKinds, type ReentryAnswers, type ReentryError, type ReentryField, type ReentryOutcome, type Residence } from './assess.ts';
import { answersToQuery, datePartSuffixes, noExclusionValue, paramNames, permitExpiryParam, readQuery, type ReentryDraft, type ReentryUnreadable } from './query.ts';
import { errorKeys, firstInputId, inputId, questionFor, questionInputId, reentryQuestions, visibleQuestions, type Question } from './questions.ts';
import { todayInJapan } from './today.ts';
// The .ics builder is in the page's own bundle: it shares the date code already there, so the page
// and the click together load less than with a worker (measured: 485 B gzip less; widgets/README.md).
import { buildReentryIcs, icsFileName } from './ics.ts';
import type { ReasonInfo } from './reasons.ts';
import { atDepartureKey, checklistKeys, guideLinks, headlineKey, leadKeys, reasonKey, offersCalendar, outcomeTitleKey, outcomeVars, splitReasons } from './wording.ts';
import { splitISODate } from '../kit/calendar-date.ts';
import { formatLongDate, useDateFallback, type DateFallback } from '../kit/format.ts';
import { translate } from '../kit/translate.ts';
import type { Vars } from '../kit/strings.ts';
import { changeParam, clearAddress, focusTop, followHistory, pushResult, showInTitle } from '../kit/history.ts';
import { Answers, Button, Choices, ErrorSummary, QuestionField } from '../kit/form.tsx';
import { DateField } from '../kit/date-field.tsx';
import { printPart } from '../kit/print.ts';

export type ReentryCheckerProps = {
  /** BCP 47 tag for Intl formatting, e.g. 'ja', 'zh-CN'. */
  lang: string;
  /** The reentry dictionary flattened to dotted keys. */
  strings: Record<string, string>;
  links: { reentryPermit: string; specialReentry: string; specialPermission: string; contact: string; fees: string };
  office: { name: string; phone: string; phoneE164: string };
  /** Dates as the server writes them, for browsers without this language's date data. */
  dateFallback?: DateFallback;
  /** The law's figures, formatted on the server: pass `legalVars(lang)` from ./wording.ts. */
  legal: Vars;
  /**
   * Source of each reason code: pass `reasonSources` from ./reasons.ts. A prop rather than an
   * import so the ~1.2 KB gzip of titles and addresses travels as HTML, not as JavaScript.
   * Without it, reasons are shown without their source line.
   */
  sources?: Record<string, ReasonInfo>;
};

/** Raw form values by input name, exactly as typed: 'departure-year' → '２０２６'. */
export type Values = Record<string, string | string[]>;

const errorSummaryId = 'reentry-error-summary';
const resultHeadingId = 'reentry-result-heading';

function valuesToParams(values: Values): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== '') params.append(name, v);
  }
  return params;
}

/** The form values that give these answers: dates in three boxes, exclusions as a list. */
export function draftToValues(draft: ReentryDraft): Values {
  const values: Values = {};
  for (const [name, value] of answersToQuery(draft)) {
    // Only the dates' values look like dates.
    const parts = splitISODate(value);
    if (parts) for (const part of datePartSuffixes) values[`${name}-${part}`] = parts[part];
    else if (name === paramNames.exclusions) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return values;
}

export type Checked = { draft: ReentryDraft; outcome: ReentryOutcome; errors: ReentryError[] };

/** The answers in the form so far, with the day they are read on (today in Japan, when given). */
export function formDraft(values: Values, today?: string): ReentryDraft {
  return readForm(values, today).answers;
}

function readForm(values: Values, today?: string): { answers: ReentryDraft; unreadable: ReentryUnreadable } {
  const read = readQuery(valuesToParams(values));
  if (today) read.answers.today = today;
  return read;
}

/** Form values → draft, outcome and the errors to show (exported for tests). */
export function check(values: Values, today?: string): Checked {
  const { answers: draft, unreadable } = readForm(values, today);
  const outcome = assessReentry(draft as ReentryAnswers);
  const errors =
    outcome.kind === 'invalid'
      ? outcome.errors.map((e) => {
          // The engine only sees dates that could be read; the codec says why a typed date could not be.
          const why = (e.code === 'required' || e.code === 'permit_expiry_required') && unreadable[e.field];
          return why ? { field: e.field, code: why } : e;
        })
      : [];
  // The engine reads "no answer" about a permit as "no permit"; the form asks for the answer.
  if (draft.permitHeld === undefined && visibleQuestions(draft.residence, draft).some((q) => q.field === 'permitHeld')) {
    errors.push({ field: 'permitHeld', code: 'required' });
    errors.sort((a, b) => order(a.field) - order(b.field));
  }
  return { draft, outcome, errors };
}

const order = (field: ReentryField) => Object.keys(fieldKinds).indexOf(field);

/** The id of the first input of the question a `?change=<param>` names, if it names one. */
function changeTarget(search: string): string | undefined {
  const param = new URLSearchParams(search).get(changeParam);
  const q = reentryQuestions.find((question) => question.param === param);
  return q && questionInputId(q);
}

export type T = (key: string | string[], vars?: Vars) => string;

type State = { values: Values; errors: ReentryError[]; result: Checked | null };

/** The empty form. */
const blank: State = { values: {}, errors: [], result: null };

export default class ReentryChecker extends Component<ReentryCheckerProps, State> {
  state = blank;

  unfollow?: () => void;

  // Reading the URL (on load, back/forward and bfcache) is the only way answers come in.
  componentDidMount() {
    this.readUrl(false);
    this.unfollow = followHistory(() => this.readUrl(true));
  }

  componentWillUnmount() {
    this.unfollow?.();
  }

  // The page title says what is on screen (errors, a result's headline, or the form).
  componentDidUpdate() {
    const { errors, result } = this.state;
    if (result) showInTitle('result', document.getElementById(resultHeadingId)?.textContent ?? '');
    else showInTitle(errors.length ? 'errors' : 'form', this.props.strings['errors.prefix']);
  }

  readUrl(moveFocus: boolean) {
    const search = location.search;
    const { answers: draft, unreadable } = readQuery(search);
    const values = draftToValues(draft);
    // A date that could not be read keeps what was typed in its boxes, so its error shows with it.
    const params = new URLSearchParams(search);
    for (const field of Object.keys(unreadable) as ReentryField[]) {
      const name = field === 'permitHeld' ? permitExpiryParam : paramNames[field];
      for (const part of datePartSuffixes) values[`${name}-${part}`] = params.get(`${name}-${part}`) ?? '';
    }
    // ?change=… (a "Change" link, or the form entry Back returns to): the form, filled in, at that question.
    const change = changeTarget(search);
    if (change) return this.show({ ...blank, values }, change);
    const checked = check(values, todayInJapan());
    // Answers that are only unfinished (e.g. the first question, answered on a guide page) fill
    // the form without errors; the reader goes on from there. Anything else is shown as checked.
    const onlyUnanswered = checked.errors.every((e) => e.code === 'required' || e.code === 'permit_expiry_required');
    if (Object.keys(draft).length > 0 && !(checked.errors.length && onlyUnanswered)) this.showChecked(values, checked, moveFocus);
    else this.show({ ...blank, values }, moveFocus ? firstInputId('residence') : undefined);
  }

  /** Renders the new state, then moves focus to the element with this id and scrolls to its top. */
  show(next: Partial<State>, focusId?: string) {
    this.setState(next, () => focusId && focusTop(document.getElementById(focusId)));
  }

  /** The form with its errors, or the result when there are none; focus goes to whichever is new. */
  showChecked(values: Values, checked: Checked, moveFocus = true) {
    const failed = checked.errors.length > 0;
    this.show({ values, errors: checked.errors, result: failed ? null : checked }, moveFocus ? (failed ? errorSummaryId : resultHeadingId) : undefined);
  }

  set = (name: string, value: string | string[]) => this.setState(({ values }) => ({ values: { ...values, [name]: value } }));

  onSubmit = (event: Event) => {
    event.preventDefault();
    const { values } = this.state;
    const checked = check(values, todayInJapan());
    if (!checked.errors.length) pushResult(answersToQuery(checked.draft).toString(), paramNames.residence);
    this.showChecked(values, checked);
  };

  startAgain = () => {
    history.pushState(null, '', location.pathname);
    this.show(blank, firstInputId('residence'));
  };

  // A "Change" is a new history entry (?…&change=…), so Back returns to the result.
  change = (q: Question, href: string) => {
    history.pushState(null, '', href);
    this.show({ result: null }, questionInputId(q));
  };

  /** "Clear my answers from this page": the form empties and the address loses them, in place. */
  clear = () => {
    clearAddress();
    this.show(blank, firstInputId('residence'));
  };

  render({ lang, strings, links, office, sources = {}, dateFallback, legal }: ReentryCheckerProps, { values, errors, result }: State) {
    useDateFallback(dateFallback);
    const base: Vars = { ...legal, office: office.name, phone: office.phone };
    const t: T = (key, vars = base) => translate(strings, key, vars);

    if (result) return <Result {...{ result, lang, t, links, office, sources, change: this.change, startAgain: this.startAgain, clear: this.clear, legal }} />;

    // The residence value only ever comes from its radios or a checked URL, so it is a real one.
    const questions = visibleQuestions(values.residence as Residence | undefined, formDraft(values, todayInJapan()));
    // An answer that hid a question also hides its error.
    const shownErrors = errors.filter((e) => questions.includes(questionFor(e.field, e.code)!));
    return (
      <form class="checker-form" method="get" noValidate onSubmit={this.onSubmit} aria-label={t('form.label')}>
        {shownErrors.length > 0 && (
          <ErrorSummary
            id={errorSummaryId}
            title={t('errors.summaryTitle')}
            // Each message names its question ("Leaving Japan: …"), so the list reads on its own.
            items={shownErrors.map((e) => ({
              target: firstInputId(e.field, e.code),
              text: `${t(`questions.${questionFor(e.field, e.code)?.key ?? e.field}.summary`)}: ${t(errorKeys(e.field, e.code))}`,
            }))}
          />
        )}
        {questions.map((q) => this.renderQuestion(q, shownErrors.find((e) => questionFor(e.field, e.code) === q), t))}
        <p class="checker-actions">
          <Button submit describedBy="reentry-privacy">
            {t('buttons.check')}
          </Button>
          <Button secondary onClick={this.clear}>
            {t('buttons.clear')}
          </Button>
        </p>
        <p id="reentry-privacy">{t('privacy')}</p>
      </form>
    );
  }

  renderQuestion(q: Question, error: ReentryError | undefined, t: T) {
    const { values } = this.state;
    const set = this.set;
    const ticked = (values[q.param] as string[] | undefined) ?? [];
    return (
      <QuestionField
        key={q.key}
        // Not derived from inputId: option ids end in -0-hint, the hint's and error's must never collide with them.
        id={`reentry-${q.param}`}
        legend={t(q.legendKey)}
        hint={q.kind === 'date' ? `${t(q.hintKey!)} ${t('date.hint')}` : t(q.hintKey!)}
        error={error && t(errorKeys(q.field, error.code))}
        errorPrefix={t('errors.prefix')}
      >
        {q.kind === 'date' ? (
          <DateField
            idPrefix={`reentry-${q.param}`}
            name={q.param}
            label={(part) => t(`date.${part}`)}
            value={(part) => values[`${q.param}-${part}`] as string | undefined}
            invalid={!!error}
            onInput={(part, value) => set(`${q.param}-${part}`, value)}
          />
        ) : (
          <Choices
            type={q.kind === 'radio' ? 'radio' : 'checkbox'}
            name={q.param}
            options={q.options.map((o, i) => {
              const hint = o.hintKey ? t(o.hintKey) : '';
              // A dictionary without this hint shows none, rather than its key.
              return { value: o.value, id: inputId(q.field, i), label: t(o.labelKey), hint: hint && hint !== o.hintKey ? hint : undefined };
            })}
            checked={(value) => (q.kind === 'radio' ? values[q.param] === value : ticked.includes(value))}
            onChange={(value, checked) => {
              if (q.kind === 'radio') return set(q.param, value);
              // "None of these" and the exclusions rule each other out.
              if (value === noExclusionValue) return set(q.param, checked ? [value] : []);
              const rest = ticked.filter((v) => v !== value && v !== noExclusionValue);
              set(q.param, checked ? [...rest, value] : rest);
            }}
          />
        )}
      </QuestionField>
    );
  }
}

export type ResultProps = {
  result: Checked;
  lang: string;
  t: T;
  links: ReentryCheckerProps['links'];
  office: ReentryCheckerProps['office'];
  sources: Record<string, ReasonInfo>;
  /** "Change" for one of the answers: reopens the form at this question (`href`: its address). */
  change: (q: Question, href: string) => void;
  startAgain: () => void;
  /** "Clear my answers from this page" (left out when not given). */
  clear?: () => void;
  legal: Vars;
};

export function Result({ result, lang, t, links, office, sources, change, startAgain, clear, legal }: ResultProps) {
  const { outcome, draft } = result;
  const { kind } = outcome;
  const vars: Vars = { ...outcomeVars(outcome, draft, lang, legal), office: office.name, phone: office.phone };
  const say = (key: string) => t(key, vars);
  const { why, warnings } = splitReasons(outcome, draft);
  const checklist = checklistKeys(outcome, draft);
  // Only outcomes with dates have a day to be back by.
  const dated = 'dates' in outcome ? outcome : null;
  const returnBy = dated?.returnBy;
  const late = kind === 'abroad' && !outcome.onTime;
  const { lead } = leadKeys(outcome);
  const todo = atDepartureKey(outcome, draft);
  // The ISO date in the headline is a <time> that never breaks across lines.
  const iso = returnBy ?? '';
  const headline = (iso ? say(headlineKey(outcome)).split(iso) : [say(headlineKey(outcome))]).flatMap((part, i) => (i ? [iso, part] : [part]));

  const addToCalendar = () => {
    const url = location.href;
    const [summary, description, alarm30, alarm7] = ['summary', 'description', 'alarm30', 'alarm7'].map((name) =>
      t(`calendar.${name}`, { ...vars, url }),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([buildReentryIcs({ returnBy: returnBy!, departure: dated!.dates.departure, route: kind, summary, description, alarm30, alarm7, url, stamp: new Date() })], {
        type: 'text/calendar;charset=utf-8',
      }),
    );
    link.download = icsFileName(returnBy!);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  // The answers as the URL writes them (yes/no, "none" for no exclusions), shown as the form's labels.
  const answers = answersToQuery(draft);
  const answerText = (q: Question) =>
    answers
      .getAll(q.param)
      .map((value) => (q.kind === 'date' ? `${formatLongDate(value, lang)} (${value})` : say(q.options.find((o) => o.value === value)?.labelKey ?? value)))
      .join('; ') || say('form.notAnswered');

  const reasonItems = (codes: string[]) =>
    codes.map((code) => {
      const info = sources[code];
      return (
        <li class="reentry-reason" key={code}>
          <p>{say(reasonKey(code, draft))}</p>
          {info && (
            <p class="reentry-source">
              {say('result.source')} {info.source.url ? <a href={info.source.url}>{info.source.title}</a> : info.source.title}
              {info.secondary ? ` ${say('result.secondary')}` : ''}
            </p>
          )}
        </li>
      );
    });

  const [beforePhone, ...afterPhone] = say('result.contact').split(office.phone);

  return (
    <section class="reentry-result" aria-labelledby={resultHeadingId}>
      <p class="reentry-result-kicker checker-noprint">{say('outcome.heading')}</p>
      {/* The headline is the date to be back by (words and ISO), or the warning when it is too late. */}
      <h2 id={resultHeadingId} tabIndex={-1} class={late ? 'reentry-headline reentry-headline--late' : 'reentry-headline'}>
        {headline.map((part, i) => (i % 2 ? <time key={i} dateTime={returnBy} class="reentry-iso">{part}</time> : part))}
      </h2>
      {returnBy && (
        <p class="reentry-route">
          <strong>{say(outcomeTitleKey(outcome))}</strong>
        </p>
      )}
      <p>{say(lead)}</p>
      {returnBy && <p class="checker-hint">{say('outcome.returnByNote')}</p>}

      <h3>{say('result.atDeparture')}</h3>
      <p>{say(todo)}</p>

      {warnings.length > 0 && (
        <div class="reentry-warning" role="note" aria-labelledby="reentry-warnings-title">
          <h3 id="reentry-warnings-title">
            <span aria-hidden="true">! </span>
            {say('result.warnings')}
          </h3>
          <ul>{reasonItems(warnings)}</ul>
        </div>
      )}

      {checklist.length > 0 && (
        <div class="reentry-checklist checker-printable">
          {/* On paper the checklist stands alone: who it is from, how to reach them, when it was printed. */}
          <p class="checker-print-only">
            <strong>{office.name}</strong> · {office.phone} · {t('checklist.printedOn', { date: formatLongDate(todayInJapan(), lang) })}
          </p>
          <h3>{say('checklist.title')}</h3>
          <p class="checker-hint">{say('checklist.intro')}</p>
          <ul>
            {checklist.map((key) => (
              <li key={key}>{say(key)}</li>
            ))}
          </ul>
          <p class="checker-print-only checker-small">{say('notAdvice')}</p>
        </div>
      )}

      <div class="checker-actions checker-noprint">
        {offersCalendar(outcome) && <Button onClick={addToCalendar}>{say('buttons.addToCalendar')}</Button>}
        {/* The print button prints the checklist alone (kit printPart, checker.css). */}
        {checklist.length > 0 && (
          <Button secondary onClick={printPart}>
            {say('buttons.printChecklist')}
          </Button>
        )}
      </div>

      <h3>{say('result.why')}</h3>
      <ul class="reentry-reasons">{reasonItems(why)}</ul>

      <h3 class="checker-noprint">{say('result.guides')}</h3>
      <ul class="reentry-links checker-noprint">
        {guideLinks(outcome).map((name) => (
          <li key={name}>
            <a href={links[name]}>{say(`links.${name}`)}</a>
          </li>
        ))}
      </ul>

      <h3>{say('result.yourAnswers')}</h3>
      <Answers
        rows={visibleQuestions(draft.residence, draft).map((q) => {
          // The form, filled in, at this question: a real link, so it also opens in a new tab.
          const href = `?${answers}&${changeParam}=${q.param}`;
          return {
            key: q.key,
            question: say(`questions.${q.key}.summary`),
            answer: answerText(q),
            change: { label: say('buttons.change'), hidden: t('form.changeHidden', { question: say(q.legendKey) }), href, onClick: () => change(q, href) },
          };
        })}
      />

      <p class="checker-noprint">
        <Button secondary onClick={startAgain}>
          {say('buttons.startAgain')}
        </Button>{' '}
        {clear && (
          <Button secondary onClick={clear}>
            {say('buttons.clear')}
          </Button>
        )}
      </p>
      <p class="checker-small">
        {beforePhone}
        <a href={`tel:${office.phoneE164}`}>{office.phone}</a>
        {afterPhone.join(office.phone)}
      </p>
      <p class="checker-small">{say('notAdvice')}</p>
    </section>
  );
}
