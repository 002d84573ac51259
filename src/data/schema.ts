/**
 * The dataset format, defined once. The TypeScript types, the runtime
 * validation used by the loader and the command-line validator, and the
 * published `data/schema.json` are all derived from these definitions.
 */
import * as v from 'valibot';

/** Language tag such as `en`, `fr` or `pt-BR`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** ISO 3166-1 alpha-2 code, or `XK` (Kosovo), in upper case. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Calendar date `YYYY-MM-DD`, or `YYYY-MM` where the day is not known. */
const PARTIAL_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Stable record id: lower-case letters, digits and hyphens. */
const RECORD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const STATUS_GROUPS = ['adopted', 'in-progress', 'not-adopted'] as const;

export const INSTRUMENT_TYPES = [
  'law',
  'decree',
  'policy',
  'protection-mechanism',
  'protocol',
  'guideline',
  'edict',
  'bill',
  'other',
] as const;

export const COVERAGE_VALUES = [
  'full',
  'partial',
  'none',
  'restrictive',
  'unknown',
] as const;

export const REGIONS = [
  'africa',
  'americas',
  'asia-pacific',
  'europe-central-asia',
  'middle-east-north-africa',
] as const;

export const MODEL_LAW_PARTS = [
  'rights',
  'state-obligations',
  'mechanism',
  'restrictive',
] as const;

/**
 * Text with translations keyed by language tag. English is required and is
 * the fallback for every other language.
 */
export const LocalizedTextSchema = v.pipe(
  v.objectWithRest(
    { en: v.pipe(v.string(), v.trim(), v.nonEmpty()) },
    v.pipe(v.string(), v.nonEmpty()),
  ),
  v.check(
    (text) => Object.keys(text).every((tag) => LANGUAGE_TAG.test(tag)),
    'every key must be a language tag such as "en" or "pt-BR"',
  ),
);

const DateSchema = v.pipe(
  v.string(),
  v.regex(PARTIAL_DATE, 'must be a date written YYYY-MM-DD or YYYY-MM'),
);

/**
 * Source of a fact, normally an http or https URL. Other text passes the
 * schema, so a remote dataset with it still loads, and the elements show it
 * as text. The validator warns about it instead. `\S` matches exactly the
 * strings that `String.prototype.trim()` leaves non-empty.
 */
const SourceSchema = v.pipe(
  v.string(),
  v.regex(/\S/, 'must not be empty or only white space'),
);

export const ComparisonSchema = v.object({
  coverage: v.picklist(COVERAGE_VALUES),
  note: v.optional(LocalizedTextSchema),
  articles: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  /** Whether the rating is the publisher's own table (true) or a reading of its comments. */
  rated: v.optional(v.boolean()),
});

const InstrumentFields = {
  id: v.pipe(v.string(), v.regex(RECORD_ID, 'must use a-z, 0-9 and hyphens')),
  type: v.picklist(INSTRUMENT_TYPES),
  scope: v.optional(v.picklist(['domestic', 'foreign-policy']), 'domestic'),
  /** Title in its original language; omitted where it is not known. */
  titleOriginal: v.optional(v.pipe(v.string(), v.nonEmpty())),
  titleOriginalLang: v.optional(v.pipe(v.string(), v.regex(LANGUAGE_TAG))),
  title: LocalizedTextSchema,
  status: LocalizedTextSchema,
  statusGroup: v.picklist(STATUS_GROUPS),
  statusAsOf: v.optional(DateSchema),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900))),
  date: v.optional(DateSchema),
  summary: LocalizedTextSchema,
  restrictive: v.picklist(['yes', 'no', 'potentially', 'unknown']),
  restrictiveNote: v.optional(LocalizedTextSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  confidence: v.picklist(['high', 'medium', 'low']),
  notes: v.optional(LocalizedTextSchema),
  /** Comparison with the Model Law, keyed by checklist element key. */
  modelLaw: v.optional(v.record(v.string(), ComparisonSchema)),
  /**
   * A rating of a whole Model Law part, where the source rates the part as a
   * whole rather than element by element.
   */
  partRatings: v.optional(
    v.strictObject({
      rights: v.optional(ComparisonSchema),
      'state-obligations': v.optional(ComparisonSchema),
      mechanism: v.optional(ComparisonSchema),
    }),
  ),
};

export const InstrumentSchema = v.pipe(
  v.object({
    ...InstrumentFields,
    level: v.picklist(['national', 'subnational']),
    subnationalUnit: v.optional(LocalizedTextSchema),
  }),
  v.forward(
    v.check(
      (item) => item.level !== 'subnational' || !!item.subnationalUnit,
      'is required when level is "subnational"',
    ),
    ['subnationalUnit'],
  ),
);

export const RegionalInstrumentSchema = v.object({
  ...InstrumentFields,
  level: v.literal('regional'),
  body: LocalizedTextSchema,
  appliesTo: LocalizedTextSchema,
});

export const CountrySchema = v.object({
  code: v.pipe(v.string(), v.regex(COUNTRY_CODE, 'must be an ISO 3166-1 alpha-2 code in upper case')),
  region: v.picklist(REGIONS),
  /** Name override, used instead of the runtime's country name. */
  name: v.optional(LocalizedTextSchema),
  onIshrMap: v.picklist(['confirmed', 'unverified']),
  notes: v.optional(LocalizedTextSchema),
  instruments: v.array(InstrumentSchema),
});

export const ChecklistElementSchema = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z][a-z_]*$/, 'must use a-z and underscores')),
  part: v.picklist(MODEL_LAW_PARTS),
  label: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  /** True where the element is met by the absence of something (restrictive clauses). */
  inverse: v.optional(v.boolean()),
});

export const ModelLawSchema = v.object({
  title: LocalizedTextSchema,
  publisher: v.pipe(v.string(), v.nonEmpty()),
  year: v.pipe(v.number(), v.integer()),
  date: v.optional(DateSchema),
  summary: v.optional(LocalizedTextSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  parts: v.array(
    v.object({ key: v.picklist(MODEL_LAW_PARTS), label: LocalizedTextSchema }),
  ),
  checklist: v.pipe(v.array(ChecklistElementSchema), v.minLength(1)),
});

export const DatasetSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.pipe(v.string(), v.nonEmpty()),
  asOf: v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD')),
  title: LocalizedTextSchema,
  publisher: v.pipe(v.string(), v.nonEmpty()),
  licence: v.pipe(v.string(), v.nonEmpty()),
  modelLaw: ModelLawSchema,
  countries: v.array(CountrySchema),
  regionalInstruments: v.optional(v.array(RegionalInstrumentSchema), []),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type Instrument = v.InferOutput<typeof InstrumentSchema>;
export type RegionalInstrument = v.InferOutput<typeof RegionalInstrumentSchema>;
export type Country = v.InferOutput<typeof CountrySchema>;
export type ChecklistElement = v.InferOutput<typeof ChecklistElementSchema>;
export type ModelLaw = v.InferOutput<typeof ModelLawSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type StatusGroup = (typeof STATUS_GROUPS)[number];
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];
export type Coverage = (typeof COVERAGE_VALUES)[number];
export type Region = (typeof REGIONS)[number];
export type ModelLawPart = (typeof MODEL_LAW_PARTS)[number];
