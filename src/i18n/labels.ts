/**
 * Localized words for the dataset's fixed values. Call these while
 * rendering, so that `msg()` returns text in the rendering element's locale.
 */
import { msg } from '@lit/localize';
import type {
  Coverage,
  Instrument,
  InstrumentType,
  ModelLawPart,
  StatusGroup,
} from '../data/schema.js';

export function statusGroupLabel(group: StatusGroup | null): string {
  switch (group) {
    case 'adopted':
      return msg('Adopted', { desc: 'Status group: enacted and in force.' });
    case 'in-progress':
      return msg('In progress', {
        desc: 'Status group: being drafted, in consultation or before the competent authority.',
      });
    case 'not-adopted':
      return msg('Not adopted', {
        desc: 'Status group: tabled but not adopted, withdrawn, archived, expired, repealed or superseded.',
      });
    case null:
      return msg('No instrument recorded');
  }
}

export function instrumentTypeLabel(type: InstrumentType): string {
  switch (type) {
    case 'law':
      return msg('Law');
    case 'decree':
      return msg('Decree');
    case 'policy':
      return msg('Policy');
    case 'protection-mechanism':
      return msg('Protection mechanism');
    case 'protocol':
      return msg('Protocol');
    case 'guideline':
      return msg('Guidelines', { desc: 'Instrument type: a set of guidelines.' });
    case 'edict':
      return msg('Edict');
    case 'bill':
      return msg('Bill', { desc: 'Instrument type: a draft law.' });
    case 'other':
      return msg('Other instrument');
  }
}

export function coverageLabel(coverage: Coverage): string {
  switch (coverage) {
    case 'full':
      return msg('Full', { desc: 'How far an instrument matches a Model Law element.' });
    case 'partial':
      return msg('Partial', { desc: 'How far an instrument matches a Model Law element.' });
    case 'none':
      return msg('None', { desc: 'How far an instrument matches a Model Law element.' });
    case 'restrictive':
      return msg('Restrictive', {
        desc: 'The instrument contains provisions that restrict defenders on this element.',
      });
    case 'unknown':
      return msg('Unknown', { desc: 'No rating is recorded for this Model Law element.' });
  }
}

export function modelLawPartLabel(part: ModelLawPart): string {
  switch (part) {
    case 'rights':
      return msg('Rights of defenders');
    case 'state-obligations':
      return msg('State obligations');
    case 'mechanism':
      return msg('Protection mechanism', {
        id: 'part.mechanism',
        desc: 'Part of the Model Law.',
      });
    case 'restrictive':
      return msg('Restrictive provisions');
  }
}

export function restrictiveLabel(value: Instrument['restrictive']): string {
  switch (value) {
    case 'yes':
      return msg('Yes', { desc: 'Contains provisions that can be used to restrict defenders.' });
    case 'no':
      return msg('No', { desc: 'Contains no provisions that can be used to restrict defenders.' });
    case 'potentially':
      return msg('Potentially', {
        desc: 'May contain provisions that can be used to restrict defenders.',
      });
    case 'unknown':
      return msg('Not known', {
        desc: 'Whether it contains restrictive provisions is not recorded.',
      });
  }
}

export function levelLabel(level: Instrument['level']): string {
  return level === 'national'
    ? msg('National', { desc: 'Level of an instrument.' })
    : msg('Subnational', { desc: 'Level of an instrument: a state or province.' });
}

/** Returns the "(in English)" marker shown beside untranslated data text. */
export function inEnglishMarker(): string {
  return msg('(in English)', {
    desc: 'Shown beside dataset text that is not yet translated into the reader language.',
  });
}
