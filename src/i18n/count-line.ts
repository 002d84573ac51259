/**
 * The count line of a country, such as "1 law and 1 decree adopted", built
 * from \`countLineFacts\` with plural forms for every locale.
 *
 * Each instrument type has one message per CLDR plural category (zero, one,
 * two, few, many, other), so that languages with six forms, such as Arabic,
 * can translate each. English uses only "one" and "other".
 */
import { msg, str } from '@lit/localize';
import { countLineFacts } from '../data/queries.js';
import type { Country, InstrumentType, StatusGroup } from '../data/schema.js';
import { formatList, formatNumber, pluralCategory } from './format.js';

type Category = Intl.LDMLPluralRule;

function countLaw(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} laws`, { id: 'count.law.zero' });
    case 'one':
      return msg(str`${n} law`, { id: 'count.law.one' });
    case 'two':
      return msg(str`${n} laws`, { id: 'count.law.two' });
    case 'few':
      return msg(str`${n} laws`, { id: 'count.law.few' });
    case 'many':
      return msg(str`${n} laws`, { id: 'count.law.many' });
    case 'other':
      return msg(str`${n} laws`, { id: 'count.law.other' });
  }
}

function countDecree(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} decrees`, { id: 'count.decree.zero' });
    case 'one':
      return msg(str`${n} decree`, { id: 'count.decree.one' });
    case 'two':
      return msg(str`${n} decrees`, { id: 'count.decree.two' });
    case 'few':
      return msg(str`${n} decrees`, { id: 'count.decree.few' });
    case 'many':
      return msg(str`${n} decrees`, { id: 'count.decree.many' });
    case 'other':
      return msg(str`${n} decrees`, { id: 'count.decree.other' });
  }
}

function countPolicy(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} policies`, { id: 'count.policy.zero' });
    case 'one':
      return msg(str`${n} policy`, { id: 'count.policy.one' });
    case 'two':
      return msg(str`${n} policies`, { id: 'count.policy.two' });
    case 'few':
      return msg(str`${n} policies`, { id: 'count.policy.few' });
    case 'many':
      return msg(str`${n} policies`, { id: 'count.policy.many' });
    case 'other':
      return msg(str`${n} policies`, { id: 'count.policy.other' });
  }
}

function countProtectionMechanism(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} protection mechanisms`, { id: 'count.protection-mechanism.zero' });
    case 'one':
      return msg(str`${n} protection mechanism`, { id: 'count.protection-mechanism.one' });
    case 'two':
      return msg(str`${n} protection mechanisms`, { id: 'count.protection-mechanism.two' });
    case 'few':
      return msg(str`${n} protection mechanisms`, { id: 'count.protection-mechanism.few' });
    case 'many':
      return msg(str`${n} protection mechanisms`, { id: 'count.protection-mechanism.many' });
    case 'other':
      return msg(str`${n} protection mechanisms`, { id: 'count.protection-mechanism.other' });
  }
}

function countProtocol(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} protocols`, { id: 'count.protocol.zero' });
    case 'one':
      return msg(str`${n} protocol`, { id: 'count.protocol.one' });
    case 'two':
      return msg(str`${n} protocols`, { id: 'count.protocol.two' });
    case 'few':
      return msg(str`${n} protocols`, { id: 'count.protocol.few' });
    case 'many':
      return msg(str`${n} protocols`, { id: 'count.protocol.many' });
    case 'other':
      return msg(str`${n} protocols`, { id: 'count.protocol.other' });
  }
}

function countGuideline(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} sets of guidelines`, { id: 'count.guideline.zero' });
    case 'one':
      return msg(str`${n} set of guidelines`, { id: 'count.guideline.one' });
    case 'two':
      return msg(str`${n} sets of guidelines`, { id: 'count.guideline.two' });
    case 'few':
      return msg(str`${n} sets of guidelines`, { id: 'count.guideline.few' });
    case 'many':
      return msg(str`${n} sets of guidelines`, { id: 'count.guideline.many' });
    case 'other':
      return msg(str`${n} sets of guidelines`, { id: 'count.guideline.other' });
  }
}

function countEdict(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} edicts`, { id: 'count.edict.zero' });
    case 'one':
      return msg(str`${n} edict`, { id: 'count.edict.one' });
    case 'two':
      return msg(str`${n} edicts`, { id: 'count.edict.two' });
    case 'few':
      return msg(str`${n} edicts`, { id: 'count.edict.few' });
    case 'many':
      return msg(str`${n} edicts`, { id: 'count.edict.many' });
    case 'other':
      return msg(str`${n} edicts`, { id: 'count.edict.other' });
  }
}

function countBill(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} bills`, { id: 'count.bill.zero' });
    case 'one':
      return msg(str`${n} bill`, { id: 'count.bill.one' });
    case 'two':
      return msg(str`${n} bills`, { id: 'count.bill.two' });
    case 'few':
      return msg(str`${n} bills`, { id: 'count.bill.few' });
    case 'many':
      return msg(str`${n} bills`, { id: 'count.bill.many' });
    case 'other':
      return msg(str`${n} bills`, { id: 'count.bill.other' });
  }
}

function countOther(category: Category, n: string): string {
  switch (category) {
    case 'zero':
      return msg(str`${n} other instruments`, { id: 'count.other.zero' });
    case 'one':
      return msg(str`${n} other instrument`, { id: 'count.other.one' });
    case 'two':
      return msg(str`${n} other instruments`, { id: 'count.other.two' });
    case 'few':
      return msg(str`${n} other instruments`, { id: 'count.other.few' });
    case 'many':
      return msg(str`${n} other instruments`, { id: 'count.other.many' });
    case 'other':
      return msg(str`${n} other instruments`, { id: 'count.other.other' });
  }
}

const COUNTERS: Record<InstrumentType, (c: Category, n: string) => string> = {
  law: countLaw,
  decree: countDecree,
  policy: countPolicy,
  'protection-mechanism': countProtectionMechanism,
  protocol: countProtocol,
  guideline: countGuideline,
  edict: countEdict,
  bill: countBill,
  other: countOther,
};

/** "3 laws" in the locale that is rendering, with its plural form. */
export function countInstruments(
  locale: string,
  type: InstrumentType,
  count: number,
): string {
  return COUNTERS[type](pluralCategory(locale, count), formatNumber(locale, count));
}

function groupSentence(group: StatusGroup, list: string): string {
  switch (group) {
    case 'adopted':
      return msg(str`${list} adopted`, {
        id: 'count-line.adopted',
        desc: 'The value is a list such as "1 law and 1 decree".',
      });
    case 'in-progress':
      return msg(str`${list} in progress`, {
        id: 'count-line.in-progress',
        desc: 'The value is a list such as "2 bills".',
      });
    case 'not-adopted':
      return msg(str`${list} not adopted`, {
        id: 'count-line.not-adopted',
        desc: 'The value is a list such as "1 bill". Not adopted means tabled but not passed, withdrawn, repealed or superseded.',
      });
  }
}

/**
 * Returns the count line of a country in \`locale\`, for example "1 law and
 * 1 decree adopted". Call it while rendering, so messages are translated.
 */
export function countLine(country: Country, locale: string): string {
  const { group, counts } = countLineFacts(country);
  if (!group) {
    const foreign = country.instruments.length;
    if (foreign > 0) {
      return msg('Only foreign-policy guidelines recorded', {
        desc: 'A country whose only instruments support defenders abroad.',
      });
    }
    return msg('No instrument recorded');
  }
  const parts = counts.map(({ type, count }) =>
    countInstruments(locale, type, count),
  );
  return groupSentence(group, formatList(locale, parts));
}
