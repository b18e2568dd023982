import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/enums';

type Props = {
  id?: string;
  value: string | null;
  language: Language;
  onChange: (country: string | null) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

// PERF: the country names come from date-holidays' data (~2 MB), loaded when the dialog first asks for
// them rather than at start; the same chunk the calendar loads for a client's holidays.
const lists = new Map<Language, Promise<[string, string][]>>();
const countriesIn = (language: Language) => {
  let list = lists.get(language);
  if (!list) {
    list = import('../../../shared/holidays').then((m) => m.countryList(language));
    lists.set(language, list);
  }
  return list;
};

/** The client's country for holidays and observances: None first, then every country by name. */
export const CountrySelect = ({ value, language, onChange, ...rest }: Props) => {
  const { t } = useTranslation();
  const [countries, setCountries] = useState<[string, string][] | null>(null);
  useEffect(() => {
    let live = true;
    void countriesIn(language).then((list) => live && setCountries(list));
    return () => {
      live = false;
    };
  }, [language]);
  // Until the list is in, the stored country still shows (by its code) and stays selected.
  const options = countries ?? (value ? [[value, value] as [string, string]] : []);
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
      <option value="">{t('clients.countryNone')}</option>
      {options.map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );
};
