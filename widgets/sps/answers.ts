// The Special Permission to Stay checker's answers: the vocabulary (every value an answer may
// take) and the answers' type. Both the questions (questions.ts) and the rules (assess.ts) read
// it, so imports point one way: answers ← questions ← assess, with no cycle.

export const wishes = ['stay', 'leave'] as const;
export const situations = ['valid_status', 'overstay', 'illegal_entry', 'other_deportation_ground'] as const;
export const stages = [
  'no_contact',
  'under_investigation',
  'detained',
  'provisional_release',
  'supervision',
  'deportation_order_issued',
] as const;
export const sentences = ['none', 'fine_or_suspended', 'over_one_year_unsuspended', 'life'] as const;
export const favourFactors = [
  'married_japanese_or_spr',
  'married_pr_or_ltr',
  'raising_child_of_japanese',
  'children_schooled_in_japan',
  'serious_illness',
  'stateless',
  'reported_voluntarily',
  'long_residence',
  'third_party_support',
] as const;
export const againstFactors = [
  'illegal_entry_or_forgery',
  'document_fraud',
  'illegal_work_facilitation',
  'absconded_from_release',
  'repeat_violation',
  'sham_marriage',
  'long_illegal_stay',
  'drug_offence',
  'criminal_offence',
] as const;
/** Booleans travel through forms and URLs as these two values. */
export const yesNo = ['yes', 'no'] as const;


export type Wish = (typeof wishes)[number];
export type Situation = (typeof situations)[number];
export type Stage = (typeof stages)[number];
export type Sentence = (typeof sentences)[number];
export type FavourFactor = (typeof favourFactors)[number];
export type AgainstFactor = (typeof againstFactors)[number];

export type SpsAnswers = {
  wish: Wish;
  situation: Situation;
  stage: Stage;
  sentence: Sentence;
  /** Sentenced for theft or another crime that rules out a departure order (C5.2(3)). */
  listedCrimeConviction: boolean;
  previouslyDeportedOrOrdered: boolean;
  inFavour: FavourFactor[];
  /** Ticked factors against. `drug_offence` here is the answer to "convicted of a drug offence",
   *  read together with `sentence`: it excludes the departure order (C5.2(2)) but is no bar (C3.15, C3.16). */
  against: AgainstFactor[];
  /** Falls under one of the bar's listed grounds (C3.3(b)). Asked in plain words. */
  listedBarGround?: boolean;
  /** Already told by an immigration inspector that they are deportable (the notice of ICRRA
   *  Art. 47(3)). Only asked of people already in the procedure. */
  deportabilityNotified?: boolean;
};

/** What a half-filled form or a hand-edited URL gives: any field may be missing. */
export type PartialSpsAnswers = { [K in keyof SpsAnswers]?: SpsAnswers[K] };
