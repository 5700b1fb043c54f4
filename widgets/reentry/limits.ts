// Figures the re-entry checker needs that src/data/legal.ts does not hold yet (it is being
// reshaped into dated histories elsewhere). Each names its entry in docs/facts.md; move
// them into legal.ts once its new shape lands.

/** Refugee travel document, ICRRA Art. 61-2-15 (facts D8, as of 2025-06-01). */
export const refugeeTravelDocumentFacts = {
  validityMinYears: 1,
  validityMaxYears: 5,
  /** The separate entry deadline the ISA may set: 3 months to under 5 years. */
  entryDeadlineMinMonths: 3,
  entryDeadlineUnderYears: 5,
  /** Extension at a Japanese embassy or consulate, for good reason. */
  extensionAbroadMaxYears: 1,
  /** Fee when issued (Enforcement Order Art. 25, A6.1). */
  feeYen: 5000,
} as const;

/** Permanent residents' residence cards (facts D5): validity and the usual renewal window. */
export const permanentResidentCard = {
  validityYears: 7,
  renewalWindowMonths: 2,
} as const;
