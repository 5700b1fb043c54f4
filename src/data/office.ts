// The office's contact details, read by the header, footer, contact page and checkers' results.
// Defaults come from the office's own text (shared/seeds/000_…). Fields the seed does not give
// are null, and the pages leave them out rather than show a made-up value.

export type OfficeDetails = {
  name: string;
  phone: string;
  /** The phone number in the form a tel: link needs. */
  phoneE164: string;
  email: string | null;
  line: string | null;
  hours: { opens: string; closes: string };
  address: string | null;
  consultation: {
    initialFree: boolean;
    inPerson: boolean;
    online: boolean;
    outOfHoursByAppointment: boolean;
  };
};

/** The phone number as shown: non-breaking hyphens keep it on one line on narrow screens. */
export function displayPhone(phone: string): string {
  return phone.replace(/-/g, '\u2011');
}

export const office: OfficeDetails = {
  name: 'ACROSEED',
  phone: '03-6450-3286',
  phoneE164: '+81364503286',
  email: null,
  line: null,
  hours: { opens: '09:00', closes: '18:00' },
  address: null,
  consultation: {
    initialFree: true,
    inPerson: true,
    online: true,
    outOfHoursByAppointment: true,
  },
};
