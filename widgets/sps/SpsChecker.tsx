// The Special Permission to Stay checker island. It only renders: rules come from assess.ts,
// questions from questions.ts, words from the `strings` prop (the sps dictionary, flattened).
// Answers live in the URL query (query.ts), so reload, back, share and print work; nothing is
// sent or stored anywhere else. Styles: widgets/sps/checker.css, imported by the page.

/** @jsxImportSource ../kit/jsx */
import { Component } from 'preact';
import { resultSources, type SourceTable } from './sources.ts';
import { assessSpsForm, type NextStep, type PartialSpsAnswers, type SpsError, type SpsResult } from './assess.ts';
import { questions, shownOptions, shownQuestions, textBase, type Field, type Question } from './questions.ts';
import { changeField, changeParam, hasAnswers, parseSpsQuery, toSpsQuery } from './query.ts';
import { translator, type Vars } from './text.ts';
import OfficeBlock from './OfficeBlock.tsx';
import { Answers, Button, Choices, ErrorSummary, focusById, QuestionField } from '../kit/form.tsx';
import { clearAddress, followHistory, pushResult, showInTitle } from '../kit/history.ts';

export type SpsCheckerProps = {
  lang: string;
  strings: Record<string, string>;
  links: { spsGuide: string; refundPolicy: string; reentryPermit: string; specialReentry: string; contact: string };
  office: { name: string; phone: string; phoneE164: string };
  /** The facts rows and official pages behind each result (reasons.ts sourceTable); no list without it. */
  sources?: SourceTable;
  /**
   * The two dates a result shows, already written in the reader's language by the server (see
   * src/checkers/props.ts): the page then ships no date formatting for this checker.
   */
  dates: { reformInForce: string; checkedOn: string };
  /** Figures of the law a result words (src/data/legal.ts), so the page ships none of that module for them. */
  figures: { daysToContestFinding: number };
};

type View = {
  answers: PartialSpsAnswers;
  result: SpsResult | null;
  errors: SpsError[];
  /** What gets focus after the next render: the result heading, the error summary or a question. */
  focus: 'result' | 'errors' | Field | null;
};

const blank: View = { answers: { inFavour: [], against: [] }, result: null, errors: [], focus: null };

/** The view a URL query stands for. */
function viewFrom(search: string): View {
  if (!hasAnswers(search)) return blank;
  const outcome = assessSpsForm(parseSpsQuery(search));
  // Only the answers to shown questions: stale hidden ones cannot resurface when the form is edited.
  const answers = outcome.shown;
  const change = changeField(search);
  if (change) return { answers, result: null, errors: [], focus: change };
  if (outcome.kind === 'result') return { answers, result: outcome, errors: [], focus: 'result' };
  // Only unfinished answers (e.g. the first question, answered on a guide page): fill the form
  // without errors and let the reader go on.
  if (outcome.errors.every((e) => e.code === 'required')) return { answers, result: null, errors: [], focus: null };
  return { answers, result: null, errors: outcome.errors, focus: 'errors' };
}

const inputId = (field: Field) => `sps-${field}`;

/** Next steps that are a link, and the page each links to. */
const stepLinks: Partial<Record<NextStep, 'contact' | 'spsGuide' | 'refundPolicy'>> = {
  contact_office: 'contact',
  read_guide_sps: 'spsGuide',
  read_refund_policy: 'refundPolicy',
};


// A class component rather than hooks: the page then loads no preact/hooks (about 1.1 KB gzip),
// which helps keep it within its JavaScript budget (12 KB gzip, everything included).
export default class SpsChecker extends Component<SpsCheckerProps, View> {
  state = blank;

  unfollow?: () => void;

  // Read the answers from the URL after the first render, and again whenever the person goes back
  // or forward or the page comes back from the bfcache.
  componentDidMount() {
    const next = viewFrom(location.search);
    // On first load only an error summary or a "change" question takes focus, as on a server-rendered form page.
    this.setState(next.focus === 'errors' || (next.focus && next.focus !== 'result') ? next : { ...next, focus: null });
    this.unfollow = followHistory(() => {
      const view = viewFrom(location.search);
      this.setState(view.focus ? view : { ...view, focus: 'wish' });
    });
  }

  componentWillUnmount() {
    this.unfollow?.();
  }

  // Every change of view says where focus goes (typing says nowhere), so it moves after each render that names a target.
  componentDidUpdate() {
    const { result, errors } = this.state;
    if (result) showInTitle('result', document.getElementById('sps-result')?.textContent ?? '');
    else showInTitle(errors.length ? 'errors' : 'form', this.props.strings['errors.prefix']);
    const target = this.state.focus;
    if (target) focusById(target === 'result' ? 'sps-result' : target === 'errors' ? 'sps-errors' : inputId(target));
  }

  go(search: string, next: View) {
    history.pushState(null, '', search || location.pathname);
    this.setState(next);
  }

  update(field: Field, value: unknown) {
    this.setState(({ answers }) => ({ answers: { ...answers, [field]: value }, focus: null }));
  }

  onSubmit = (event: Event) => {
    event.preventDefault();
    const outcome = assessSpsForm(this.state.answers);
    if (outcome.kind === 'invalid') return this.setState({ errors: outcome.errors, focus: 'errors' });
    const answers = outcome.shown;
    pushResult(toSpsQuery(answers).toString(), 'wish');
    this.setState({ answers, result: outcome, errors: [], focus: 'result' });
  };

  /** "Clear my answers from this page": the form empties and the address loses them, in place. */
  clear = () => {
    clearAddress();
    this.setState({ ...blank, focus: 'wish' });
  };

  render({ lang, strings, links, office, sources, dates, figures }: SpsCheckerProps, view: View) {
    const { t, plural } = translator(strings, lang);
    const vars = { office: office.name, phone: office.phone };
    const errorText = (error: SpsError) => t(error.code === 'required' ? `errors.required.${error.field}` : `errors.${error.code}`);
    // In the summary a message names its question; the "required" ones already do.
    const summaryText = (error: SpsError) => {
      const question = questions.find((q) => q.field === error.field);
      return error.code === 'required' || !question ? errorText(error) : `${t(`${textBase(question, view.answers)}.legend`)} ${errorText(error)}`;
    };
    // The helpers below are plain functions (hoisted), so they reach the component through these.
    const update = (field: Field, value: unknown) => this.update(field, value);
    const go = (search: string, next: View) => this.go(search, next);
    const { onSubmit, clear } = this;
    const callout = 'sps-callout';
    const para = (key: string, className?: string, values?: Vars) => <p class={className}>{t(key, values)}</p>;
    const heading = (key: string) => <h3>{t(key)}</h3>;
    /** A list of codes, each worded as `<prefix><code>`; nothing when there are none. */
    const list = (prefix: string, codes: readonly string[]) =>
      codes.length > 0 && (
        <ul>
          {codes.map((code) => (
            <li key={code}>{t(prefix + code)}</li>
          ))}
        </ul>
      );
    const clearButton = (
      <Button secondary onClick={clear}>
        {t('form.clear')}
      </Button>
    );

    return (
      <div class="sps" lang={lang}>
        {view.result ? renderResult(view.result, view.answers) : renderForm()}
      </div>
    );

    function renderForm() {
      return (
        <form method="get" class="checker-form" noValidate onSubmit={onSubmit}>
          {view.errors.length > 0 && (
            <ErrorSummary
              id="sps-errors"
              title={t('errors.summaryTitle')}
              items={view.errors.map((error) => ({ target: inputId(error.field), text: summaryText(error) }))}
            />
          )}
          {shownQuestions(view.answers).map(renderQuestion)}
          {/* Offences and illegal entry end up in the address: said next to the button, with a way out. */}
          <p id="sps-privacy">
            {t('privacy')} {t('form.sensitive')}
          </p>
          <p class="checker-actions">
            <Button submit describedBy="sps-privacy">
              {t('form.submit')}
            </Button>
            {clearButton}
          </p>
        </form>
      );
    }

    function renderQuestion(question: Question) {
      const { field, kind, param } = question;
      const base = textBase(question, view.answers);
      const id = inputId(field);
      const errors = view.errors.filter((error) => error.field === field);
      const value = view.answers[field];
      const ticked = Array.isArray(value) ? (value as string[]) : [];
      return (
        <QuestionField
          key={field}
          id={id}
          legend={
            <>
              {t(`${base}.legend`)}
              {kind === 'checkboxes' && <span class="sps-optional"> {t('form.optional')}</span>}
            </>
          }
          hint={question.hint ? t(`${base}.hint`) : undefined}
          error={errors.length > 0 ? errors.map(errorText).join(' ') : undefined}
          errorPrefix={t('errors.prefix')}
        >
          <Choices
            type={kind === 'checkboxes' ? 'checkbox' : 'radio'}
            name={param}
            options={shownOptions(question, view.answers).map((option, index) => ({
              value: option,
              id: index === 0 ? id : `${id}-${option}`,
              label: t(`${base}.options.${option}`),
              hint: question.optionHints ? t(`${base}.optionHints.${option}`) : undefined,
              hintId: `${id}-${option}-hint`,
            }))}
            checked={(option) => (kind === 'checkboxes' ? ticked.includes(option) : kind === 'yesno' ? value === (option === 'yes') : value === option)}
            onChange={(option, checked) =>
              update(field, kind === 'radio' ? option : kind === 'yesno' ? option === 'yes' : checked ? [...ticked, option] : ticked.filter((code) => code !== option))
            }
          />
        </QuestionField>
      );
    }

    function renderResult(result: SpsResult, answers: PartialSpsAnswers) {
      const { route, departureOrder: order } = result;
      const isSps = route === 'sps_application';
      const query = toSpsQuery(answers).toString();
      return (
        <section class="sps-result" aria-labelledby="sps-result">
          <p class="sps-result-kicker">{t('result.heading')}</p>
          <h2 id="sps-result" tabIndex={-1}>
            {t(`routes.${route}.heading`)}
          </h2>
          {para(`routes.${route}.body`, undefined, { reformDate: dates.reformInForce })}
          {result.applicationTiming && para(`routes.sps_application.${result.applicationTiming}`)}
          {/* For a detained or supervised person the timing matters most, so it comes first. */}
          {order?.beforeNotice && para('routes.departure_order.beforeNotice', callout)}
          {order && <p>{plural('routes.departure_order.ban', order.landingBanYears)}</p>}
          {order?.temporaryVisitorBanYears != null && <p>{plural('routes.departure_order.temporaryVisitor', order.temporaryVisitorBanYears)}</p>}
          {result.departureOrderBlockers.length > 0 && para('blockers.intro')}
          {list('blockers.', result.departureOrderBlockers)}
          {route === 'too_late' && result.answers.wish === 'leave' && para('routes.too_late.leave')}

          {isSps && heading('bar.heading')}
          {isSps && para(result.barred ? 'bar.applies' : 'bar.notApplies', result.barred ? 'sps-callout sps-callout--bar' : undefined)}
          {isSps && list('bar.', result.barGrounds)}
          {isSps && result.against.includes('drug_offence') && para('bar.drug', callout)}
          {isSps && heading('factors.heading')}
          {isSps && renderFactors('inFavour', result.inFavour, [])}
          {isSps && renderFactors('against', result.against, result.derivedAgainst)}
          {isSps && para('noPrediction', callout)}

          {heading('refund.heading')}
          {para(`refund.status.${result.refund}`, undefined, vars)}
          {result.refundExclusions.length > 0 && <blockquote class="sps-quote">{t('refund.quote')}</blockquote>}
          {result.refundExclusions.length > 0 && para('refund.exclusionsIntro')}
          {list('refund.exclusions.', result.refundExclusions)}
          {result.refund !== 'not_applicable' && (
            <p class="checker-hint">
              {t('refund.policyOfOffice', vars)} <a href={links.refundPolicy}>{t('refund.readPolicy')}</a>
            </p>
          )}

          {heading('nextSteps.heading')}
          <ol class="sps-steps">
            {result.nextSteps.map((step) => (
              <li key={step}>{renderStep(step)}</li>
            ))}
          </ol>

          <OfficeBlock t={t} vars={vars} phoneE164={office.phoneE164} />

          {para('notAdvice', callout, vars)}

          {sources && heading('sources.heading')}
          {sources && (
            <ul class="sps-sources">
              {resultSources(result, sources).map(({ topic, url, facts, confidence }) => (
                <li key={topic}>
                  {t(`sources.topics.${topic}`)}: {url && <a href={url}>{sources.titles[url] ?? url}</a>}
                  {url && ' '}({t('sources.facts')} {facts.join(', ')}){confidence === 'S' && topic !== 'refund' && ` ${t('sources.secondary')}`}
                </li>
              ))}
            </ul>
          )}
          {para('sources.checkedOn', 'checker-hint', { checkedOn: dates.checkedOn })}

          {heading('summary.heading')}
          <Answers
            rows={shownQuestions(result.answers).map((question) => {
              const { field } = question;
              const base = textBase(question, result.answers);
              const value = result.answers[field];
              const href = `?${query}&${changeParam}=${field}`;
              return {
                key: field,
                question: t(`${base}.legend`),
                answer: Array.isArray(value)
                  ? value.length === 0
                    ? t('summary.none')
                    : list(`${base}.options.`, value)
                  : typeof value === 'boolean'
                    ? t(value ? 'summary.yes' : 'summary.no')
                    : t(`${base}.options.${value}`),
                change: { label: t('summary.change'), hidden: t(`${base}.legend`), href, onClick: () => go(href, { answers, result: null, errors: [], focus: field }) },
              };
            })}
          />
          {para('privacy')}
          <p class="checker-actions">
            <a
              href="?"
              class="checker-button checker-button--secondary"
              onClick={(event) => {
                event.preventDefault();
                go('', { ...blank, focus: 'wish' });
              }}
            >
              {t('form.startAgain')}
            </a>{' '}
            {clearButton}
          </p>
        </section>
      );
    }

    function renderFactors(kind: 'inFavour' | 'against', codes: readonly string[], derived: readonly string[]) {
      return (
        <>
          <h4>{t(`factors.${kind}`)}</h4>
          {codes.length === 0 ? (
            para(kind === 'inFavour' ? 'factors.noneInFavour' : 'factors.noneAgainst')
          ) : (
            <ul class={`sps-factors sps-factors--${kind}`}>
              {codes.map((code) => (
                <li key={code}>
                  {t(`factors.codes.${code}`)}
                  {derived.includes(code) && <span class="checker-hint"> {t('factors.derived')}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }

    function renderStep(step: NextStep) {
      const text = t(`nextSteps.${step}`, vars);
      if (step === 'read_reentry_guides') {
        return (
          <>
            {text} <a href={links.reentryPermit}>{t('links.reentryPermit')}</a>,{' '}
            <a href={links.specialReentry}>{t('links.specialReentry')}</a>
          </>
        );
      }
      // The days are a figure of the law, written by the server (props), not shipped as JavaScript.
      if (step === 'act_before_deportation_order') return plural(`nextSteps.${step}`, figures.daysToContestFinding);
      const link = stepLinks[step];
      return link ? <a href={links[link]}>{text}</a> : text;
    }
  }
}
