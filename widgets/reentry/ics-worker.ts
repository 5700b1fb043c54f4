// Builds the calendar file off the page: the island starts this worker only when the reader asks
// for a calendar file, so the .ics builder is not part of the page's initial JavaScript (and a
// worker URL needs no preload helper, unlike a dynamic import).
import { buildReentryIcs, icsFileName, type ReentryIcsInput } from './ics.ts';

/** What the worker sends back: the file's name and its text. */
export type IcsFile = { name: string; text: string };

self.onmessage = (event: MessageEvent<ReentryIcsInput>) => {
  const file: IcsFile = { name: icsFileName(event.data.returnBy), text: buildReentryIcs(event.data) };
  self.postMessage(file);
};
