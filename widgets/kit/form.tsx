// The form parts and result frame both checker islands draw with: a question (fieldset, legend,
// hint, inline error), a date in three boxes, radios or checkboxes, the error summary, the list of
// answers with their "Change" controls, and buttons. They take words already translated and ids
// chosen by the checker, so each checker keeps its own ids (links and tests point at them) and
// these parts stay free of any checker's vocabulary. Styles: ./checker.css (classes checker-…).
// The date field (date-field.tsx) and printing (print.ts) are modules of their own, so a checker
// without dates or a printed checklist does not load them.
/** @jsxImportSource ./jsx */
import type { ComponentChildren } from 'preact';
import { focusTop } from './history.ts';

/** One error in the summary: the id of the input it links to, and its message (naming the question). */
export type SummaryItem = { target: string; text: string };

/** The list of errors at the top of the form; each links to (and focuses) its input. */
export function ErrorSummary({ id, title, items }: { id: string; title: string; items: readonly SummaryItem[] }) {
  return (
    <div class="checker-error-summary" id={id} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {items.map(({ target, text }) => (
          <li key={target}>
            <a
              href={`#${target}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(target)?.focus();
              }}
            >
              {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type QuestionFieldProps = {
  /** Prefix of the hint's and error's ids: `<id>-hint`, `<id>-error`. */
  id: string;
  legend: ComponentChildren;
  hint?: string;
  /** The message shown under the legend; the fieldset is marked as in error when given. */
  error?: string;
  /** "Error:" read before the message by screen readers (the message is also in bold and red). */
  errorPrefix: string;
  children: ComponentChildren;
};

/** A question: its fieldset says what it asks (legend), how to answer (hint) and what is wrong. */
export function QuestionField({ id, legend, hint, error, errorPrefix, children }: QuestionFieldProps) {
  const hintId = hint ? `${id}-hint` : '';
  const errorId = error ? `${id}-error` : '';
  return (
    <fieldset class={error ? 'checker-question checker-question--error' : 'checker-question'} aria-describedby={`${hintId} ${errorId}`.trim() || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="checker-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="checker-error" id={errorId}>
          <span class="checker-vh">{errorPrefix} </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

export type ChoiceOption = {
  value: string;
  /** The input's id (the first option's id is what error links and "Change" focus). */
  id: string;
  label: string;
  /** A line under the label, tied to the input by aria-describedby. */
  hint?: string;
  /** Id of that line; `<id>-hint` when not given. */
  hintId?: string;
};

export type ChoicesProps = {
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly ChoiceOption[];
  checked: (value: string) => boolean;
  onChange: (value: string, checked: boolean) => void;
};

/** Radios (one answer) or checkboxes (several), each with its label and optional hint. */
export function Choices({ type, name, options, checked, onChange }: ChoicesProps) {
  return options.map(({ value, id, label, hint, hintId = `${id}-hint` }) => (
    <div class="checker-option" key={value}>
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked(value)}
        onChange={(e) => onChange(value, e.currentTarget.checked)}
        aria-describedby={hint ? hintId : undefined}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="checker-hint checker-option-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  ));
}

/** One row of "Your answers": the question, the answer, and how to change it. */
export type AnswerRow = {
  key: string;
  question: ComponentChildren;
  answer: ComponentChildren;
  /**
   * The visible word ("Change"), the question it changes (for screen readers), the address of the
   * form filled in at that question (`?…&change=<question>`), and what the island does instead.
   */
  change: { label: string; hidden: string; href: string; onClick: () => void };
};

/**
 * The answers given, each with a "Change" link: a real link to the form at that question (it
 * opens in a new tab too); a plain click lets the island show it without reloading. Not printed.
 */
export function Answers({ rows }: { rows: readonly AnswerRow[] }) {
  return (
    <dl class="checker-answers">
      {rows.map(({ key, question, answer, change }) => (
        <div class="checker-answer" key={key}>
          <dt>{question}</dt>
          <dd>{answer}</dd>
          <dd class="checker-noprint">
            <a
              href={change.href}
              onClick={(event) => {
                event.preventDefault();
                change.onClick();
              }}
            >
              {change.label}
              <span class="checker-vh"> {change.hidden}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A button in the checker's style; `secondary` for everything but the main action. */
export function Button({ secondary, onClick, children, describedBy, submit }: { secondary?: boolean; onClick?: () => void; children: ComponentChildren; describedBy?: string; submit?: boolean }) {
  return (
    <button type={submit ? 'submit' : 'button'} class={secondary ? 'checker-button checker-button--secondary' : 'checker-button'} onClick={onClick} aria-describedby={describedBy}>
      {children}
    </button>
  );
}

/** Renders, then focuses the element with this id and brings its top into view. */
export function focusById(id: string | undefined): void {
  if (id) focusTop(document.getElementById(id));
}
