/**
 * TRAP: French has a third plural category. Intl.PluralRules('fr') calls 1,000,000 (and each exact
 * million) "many", so i18next looks up `key_many`; a table with only `_one` and `_other` then falls back
 * to the English string in the middle of the French interface. This copies every `_other` string to
 * `_many` where the table has none, so the tables themselves keep writing two forms.
 */
type Table = { [key: string]: unknown };

export const withManyForms = <T extends object>(table: T): T => {
  const out: Table = {};
  for (const [key, value] of Object.entries(table)) {
    out[key] = value !== null && typeof value === 'object' ? withManyForms(value) : value;
  }
  for (const [key, value] of Object.entries(table)) {
    const many = key.replace(/_other$/, '_many');
    if (many !== key && !(many in out)) out[many] = value;
  }
  return out as T;
};
