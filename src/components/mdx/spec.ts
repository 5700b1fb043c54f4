// What each MDX component accepts, for the content check (a wrong value is reported before the build).
import { keyDates } from '../../data/legal.ts';

export const componentSpec: Record<string, Record<string, readonly string[] | 'number' | 'string'>> = {
  Callout: { type: ['note', 'warning', 'deadline'], title: 'string' },
  Steps: {},
  FeeTable: {},
  Fee: { permit: ['single', 'multiple'], channel: ['counter', 'online'] },
  LegalDate: { name: Object.keys(keyDates) },
  Term: { id: 'string' },
  Glossary: {},
  Cite: { n: 'number' },
  CheckerLink: { checker: ['reentry', 'sps'] },
  OfficeContact: {},
  Phone: { international: 'string' },
};
