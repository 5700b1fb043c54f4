// A calendar file (RFC 5545) for the return-by date, built in the browser: nothing is uploaded.
// An all-day event (VALUE=DATE, no time zone to shift the day) with two reminders.

import { addDays, isValidISODate, type ISODate } from '../kit/calendar-date.ts';

export type ReentryIcsInput = {
  returnBy: ISODate;
  departure: ISODate;
  /** Outcome kind, so a different route gives a different event UID. */
  route: string;
  summary: string;
  description: string;
  /** Reminder texts, already in the reader's language. */
  alarm30: string;
  alarm7: string;
  /** Page the event links back to (the result URL). */
  url?: string;
  /** When the file is made; DTSTAMP must be a UTC date-time (RFC 5545 §3.8.7.2). */
  stamp: Date;
};

const CRLF = '\r\n';

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line exceeds 75 octets (RFC 5545 §3.1), continuing with CRLF and a
 * space. Counts UTF-8 bytes and never splits a character, so Japanese or Nepali text survives.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which uses one of their 75 octets.
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function basicDate(date: ISODate): string {
  return date.replace(/-/g, '');
}

function utcStamp(date: Date): string {
  const valid = Number.isFinite(date.getTime()) ? date : new Date(0);
  // 2026-04-01T09:30:05.000Z → 20260401T093005Z
  return valid.toISOString().replace(/[-:]|\.\d+/g, '');
}

/**
 * The event's UID, made only of the answers that define the event, so the same result always has
 * the same UID and a calendar updates the event instead of adding a second one.
 */
export function reentryEventUid(input: Pick<ReentryIcsInput, 'returnBy' | 'departure' | 'route'>): string {
  return `reentry-${basicDate(input.returnBy)}-${input.route}-${basicDate(input.departure)}@reentry-checker`;
}

/** The whole .ics text, CRLF line endings, folded; empty string if returnBy is not a date. */
export function buildReentryIcs(input: ReentryIcsInput): string {
  if (!isValidISODate(input.returnBy) || !isValidISODate(input.departure)) return '';
  const alarm = (days: number, text: string) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER;RELATED=START:-P${days}D`,
    `DESCRIPTION:${escapeText(text)}`,
    'END:VALARM',
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//reentry-checker//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reentryEventUid(input)}`,
    `DTSTAMP:${utcStamp(input.stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(input.returnBy)}`,
    // DTEND of an all-day event is exclusive: the next day.
    `DTEND;VALUE=DATE:${basicDate(addDays(input.returnBy, 1))}`,
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.url ? [`URL:${input.url.replace(/[\r\n]/g, '')}`] : []),
    'TRANSP:TRANSPARENT',
    ...alarm(30, input.alarm30),
    ...alarm(7, input.alarm7),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** File name for the download, e.g. return-by-2027-04-10.ics. */
export function icsFileName(returnBy: ISODate): string {
  return `return-by-${isValidISODate(returnBy) ? returnBy : 'date'}.ics`;
}
