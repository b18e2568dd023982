/**
 * Which file names the renderer may suggest to the system's Save dialog (SuggestedNameSchema).
 *
 * SECURITY: the name is shown to the user and may be kept as is, so it must not lie about itself or
 * name something that is not a file:
 * - no folder and no character Windows refuses (\ / : * ? " < > |), no control character;
 * - no Unicode format character (category Cf): U+202E RIGHT-TO-LEFT OVERRIDE shows
 *   "cadence-\u202Efdp.exe" as "cadence-exe.pdf", and zero-width ones (U+200B…, U+2060, U+FEFF) make
 *   two different names look the same;
 * - no name Windows keeps for a device (CON, PRN, AUX, NUL, COM0–9, LPT0–9, in any case, with or
 *   without an extension: "con.json" opens the console, not a file), nor one ending with a dot or a
 *   space (Windows drops them silently), nor a hidden file (a leading dot).
 * Pure TypeScript (no dependencies): the same rule runs in the main process and the renderer.
 */

const FOLDER_OR_RESERVED = /[\\/:*?"<>|]/;
const FORMAT_CHARACTER = /\p{Cf}/u;
// COM¹ … LPT³: Windows reserves the superscript digits too.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

const codePoint = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const isControl = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

/** Why `name` cannot be suggested as a file name, or null when it can. */
export const fileNameProblem = (name: string): string | null => {
  if (name.length === 0) return 'A file name cannot be empty';
  if (FOLDER_OR_RESERVED.test(name)) {
    return `The file name "${name}" has a folder or a reserved character (\\ / : * ? " < > |)`;
  }
  const control = [...name].find(isControl);
  if (control !== undefined) return `The file name has a control character (${codePoint(control)})`;
  const format = FORMAT_CHARACTER.exec(name)?.[0];
  if (format !== undefined) {
    return `The file name has an invisible formatting character (${codePoint(format)}), which can disguise it`;
  }
  if (name.startsWith('.')) return `The file name "${name}" starts with a dot (a hidden file)`;
  if (/[. ]$/.test(name)) return `The file name "${name}" ends with a dot or a space, which Windows drops`;
  // Windows reads "CON.json" and "con .txt" as the device CON: the part before the first dot counts.
  const device = name.split('.')[0]!.trimEnd();
  if (WINDOWS_DEVICE.test(device)) {
    return `The file name "${name}" is reserved by Windows for a device (${device.toUpperCase()})`;
  }
  return null;
};
