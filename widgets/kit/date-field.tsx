// A date in three boxes (year, month, day), typed as people type them; the URL codec (url.ts)
// reads them back. Styles: ./checker.css (checker-date…).
/** @jsxImportSource ./jsx */

/** The three boxes of a date, year first; names and ids are `<name>-year` …, `<idPrefix>-year` …. */
export const dateParts = ['year', 'month', 'day'] as const;
export type DatePart = (typeof dateParts)[number];

export type DateFieldProps = {
  idPrefix: string;
  name: string;
  /** Each box's label ("Year", "Month", "Day"). */
  label: (part: DatePart) => string;
  /** What is in each box, exactly as typed. */
  value: (part: DatePart) => string | undefined;
  invalid?: boolean;
  onInput: (part: DatePart, value: string) => void;
};

export function DateField({ idPrefix, name, label, value, invalid, onInput }: DateFieldProps) {
  return (
    <div class="checker-date">
      {dateParts.map((part) => {
        const id = `${idPrefix}-${part}`;
        const size = part === 'year' ? 4 : 2;
        return (
          <div class={`checker-date-part checker-date-${part}`} key={part}>
            <label for={id}>{label(part)}</label>
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              id={id}
              name={`${name}-${part}`}
              size={size}
              maxLength={size}
              value={value(part) ?? ''}
              aria-invalid={invalid ? 'true' : undefined}
              onInput={(e) => onInput(part, e.currentTarget.value)}
            />
          </div>
        );
      })}
    </div>
  );
}
