/**
 * Windows time-zone names, as Outlook and Exchange write them in TZID, to the IANA zone of the same
 * rules (the "001" rows of CLDR's windowsZones.xml), for the common ones only.
 * Used when a file names such a zone without defining it (no VTIMEZONE, or one that cannot be read):
 * a zone the file defines is read from the file itself (icsZone.ts), as RFC 5545 says.
 */
const WINDOWS_TO_IANA: ReadonlyMap<string, string> = new Map([
  ['Dateline Standard Time', 'Etc/GMT+12'],
  ['UTC-11', 'Etc/GMT+11'],
  ['Hawaiian Standard Time', 'Pacific/Honolulu'],
  ['Alaskan Standard Time', 'America/Anchorage'],
  ['Pacific Standard Time', 'America/Los_Angeles'],
  ['US Mountain Standard Time', 'America/Phoenix'],
  ['Mountain Standard Time', 'America/Denver'],
  ['Central America Standard Time', 'America/Guatemala'],
  ['Central Standard Time', 'America/Chicago'],
  ['Central Standard Time (Mexico)', 'America/Mexico_City'],
  ['Canada Central Standard Time', 'America/Regina'],
  ['SA Pacific Standard Time', 'America/Bogota'],
  ['Eastern Standard Time', 'America/New_York'],
  ['US Eastern Standard Time', 'America/Indiana/Indianapolis'],
  ['Atlantic Standard Time', 'America/Halifax'],
  ['Newfoundland Standard Time', 'America/St_Johns'],
  ['E. South America Standard Time', 'America/Sao_Paulo'],
  ['Argentina Standard Time', 'America/Argentina/Buenos_Aires'],
  ['Pacific SA Standard Time', 'America/Santiago'],
  ['UTC', 'Etc/UTC'],
  ['GMT Standard Time', 'Europe/London'],
  ['Greenwich Standard Time', 'Atlantic/Reykjavik'],
  ['Morocco Standard Time', 'Africa/Casablanca'],
  ['W. Europe Standard Time', 'Europe/Berlin'],
  ['Central Europe Standard Time', 'Europe/Budapest'],
  ['Romance Standard Time', 'Europe/Paris'],
  ['Central European Standard Time', 'Europe/Warsaw'],
  ['W. Central Africa Standard Time', 'Africa/Lagos'],
  ['GTB Standard Time', 'Europe/Bucharest'],
  ['FLE Standard Time', 'Europe/Kiev'],
  ['E. Europe Standard Time', 'Europe/Chisinau'],
  ['Egypt Standard Time', 'Africa/Cairo'],
  ['South Africa Standard Time', 'Africa/Johannesburg'],
  ['Israel Standard Time', 'Asia/Jerusalem'],
  ['Turkey Standard Time', 'Europe/Istanbul'],
  ['Russian Standard Time', 'Europe/Moscow'],
  ['Arab Standard Time', 'Asia/Riyadh'],
  ['Arabian Standard Time', 'Asia/Dubai'],
  ['Iran Standard Time', 'Asia/Tehran'],
  ['Pakistan Standard Time', 'Asia/Karachi'],
  ['India Standard Time', 'Asia/Kolkata'],
  ['Nepal Standard Time', 'Asia/Kathmandu'],
  ['Bangladesh Standard Time', 'Asia/Dhaka'],
  ['SE Asia Standard Time', 'Asia/Bangkok'],
  ['China Standard Time', 'Asia/Shanghai'],
  ['Singapore Standard Time', 'Asia/Singapore'],
  ['Taipei Standard Time', 'Asia/Taipei'],
  ['Tokyo Standard Time', 'Asia/Tokyo'],
  ['Korea Standard Time', 'Asia/Seoul'],
  ['W. Australia Standard Time', 'Australia/Perth'],
  ['Cen. Australia Standard Time', 'Australia/Adelaide'],
  ['E. Australia Standard Time', 'Australia/Brisbane'],
  ['AUS Eastern Standard Time', 'Australia/Sydney'],
  ['New Zealand Standard Time', 'Pacific/Auckland'],
]);

const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  [...WINDOWS_TO_IANA].map(([windows, iana]) => [windows.toLowerCase(), iana]),
);

/** The IANA zone for a Windows zone name (in any case), or null. */
export const ianaForWindowsZone = (name: string): string | null => BY_LOWER_CASE.get(name.toLowerCase()) ?? null;
