// Every component an MDX page may use without importing it.
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import FeeTable from './FeeTable.astro';
import Fee from './Fee.astro';
import LegalDate from './LegalDate.astro';
import Term from './Term.astro';
import Glossary from './Glossary.astro';
import Cite from './Cite.astro';
import CheckerLink from './CheckerLink.astro';
import OfficeContact from './OfficeContact.astro';
import Link from './Link.astro';
import Phone from './Phone.astro';

export const mdxComponents = { a: Link, Callout, Steps, FeeTable, Fee, LegalDate, Term, Glossary, Cite, CheckerLink, OfficeContact, Phone };
export const mdxComponentNames = Object.keys(mdxComponents).filter((name) => name !== 'a');
