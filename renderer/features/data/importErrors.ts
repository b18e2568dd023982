import type { TFunction } from 'i18next';
import { escapeControls, escapeParams } from '../../../shared/serializers/safeText';
import type { ImportError } from '../../../shared/serializers/types';

/**
 * An import problem as a sentence in the interface's language, without its "line N: " (the report
 * shows the line in its own column). ImportError.message is English and the most precise, so English
 * uses it; other languages translate the common codes (data.errors.*) when the parameters they need
 * are there, and fall back to the English message for the rest. Either way the file's control
 * characters are shown escaped: not every error is made by shared/'s problem() (renderer/db quotes
 * client names from the file too).
 */
const NEEDS: Partial<Record<ImportError['code'], readonly string[]>> = {
  'row.titleEmpty': [],
  'row.titleTooLong': [],
  'row.captionTooLong': [],
  'row.notesTooLong': [],
  'row.firstCommentTooLong': [],
  'row.dateInvalid': ['value'],
  'row.dateFormat': ['value'],
  'row.timeInvalid': ['value'],
  'row.dateRequired': [],
  'row.unknownValue': ['field', 'value'],
  'row.channelMissing': [],
  'row.booleanInvalid': ['value'],
  'row.tooManyTags': [],
  'row.clientMissing': ['value'],
  'row.unknownPillar': ['value', 'pillars'],
  'row.evergreenInvalid': [],
  'csv.empty': [],
  'csv.noTitleColumn': ['headers'],
  'csv.mappingHeaderMissing': ['header', 'column'],
  'csv.unclosedQuote': [],
  'csv.malformedQuote': [],
  'csv.tooManyCells': ['cells', 'columns'],
  'ics.empty': [],
  'ics.notCalendar': [],
  'ics.noStart': [],
  'backup.notJson': [],
  'backup.notCadence': [],
  'backup.newerVersion': ['version', 'supported'],
  'backup.checksumMismatch': [],
  'backup.checksumMissing': [],
  'backup.invalidRows': ['count'],
  'backup.badZip': [],
  'backup.mediaMissing': ['file', 'post'],
  'backup.mediaDamaged': ['file', 'post'],
};

export const withoutLine = (message: string): string => message.replace(/^line \d+: /, '');

export const describeImportError = (error: ImportError, t: TFunction, language: string): string => {
  const english = escapeControls(withoutLine(error.message));
  if (language.startsWith('en')) return english;
  const needs = NEEDS[error.code];
  if (!needs || !needs.every((name) => error.params?.[name] !== undefined)) return english;
  // A client without pillars has no list to show: its own sentence says where to add them.
  const key = error.code === 'row.unknownPillar' && error.params?.pillars === '' ? 'row.unknownPillarNone' : error.code;
  return escapeControls(t(`data.errors.${key}`, escapeParams({ ...error.params })));
};
