/**
 * First pass over an ICS text, before ical.js sees it: ical.js parses leniently (garbage becomes
 * "2026--T::" dates) and throws bare TypeErrors or messages without line numbers. This pass unfolds
 * lines keeping the physical line number of each, checks the BEGIN/END structure, and cuts out the
 * VEVENT and VTIMEZONE blocks so each is parsed alone: one broken event costs only that event.
 * Accepts CRLF, LF or CR line ends and a leading BOM.
 */
import type { ImportError } from './types';
import { escapeControls } from './safeText';
import { at } from './types';

export type ContentLine = { text: string; line: number };
export type IcsBlock = { name: string; line: number; lines: ContentLine[] };
export type IcsScan =
  | { ok: true; events: IcsBlock[]; timeZones: IcsBlock[]; errors: ImportError[] }
  | { ok: false; error: ImportError };

/** A line of the file quoted in a message: cut short, its control characters escaped. */
const show = (text: string): string => escapeControls(text.length > 50 ? `${text.slice(0, 47)}…` : text);

/** Unfolded content lines, each with the 1-based physical line it starts on. */
export const unfold = (text: string): ContentLine[] => {
  const physical = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  const out: ContentLine[] = [];
  physical.forEach((raw, i) => {
    const last = out[out.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.trim() !== '') out.push({ text: raw, line: i + 1 });
  });
  return out;
};

/** NAME, or NAME;params, then ':' — what ical.js needs not to throw "invalid line". */
export const isContentLine = (text: string): boolean => /^[^\s:;]+[:;]/.test(text) && text.includes(':');

const keyword = (text: string, word: 'BEGIN' | 'END'): string | null => {
  const match = new RegExp(`^${word}:(.*)$`, 'i').exec(text);
  return match ? (match[1] ?? '').trim().toUpperCase() : null;
};

/** Structure check and VEVENT / VTIMEZONE extraction (see the module comment). */
export const scanIcs = (text: string): IcsScan => {
  const lines = unfold(text);
  const first = lines[0];
  if (!first) return { ok: false, error: { code: 'ics.empty', message: 'the file is empty' } };
  if (keyword(first.text, 'BEGIN') !== 'VCALENDAR') {
    return {
      ok: false,
      error: {
        code: 'ics.notCalendar',
        line: first.line,
        message: `${at(first.line)}this is not an iCalendar file: it should start with BEGIN:VCALENDAR, not '${show(first.text)}'`,
      },
    };
  }
  const events: IcsBlock[] = [];
  const timeZones: IcsBlock[] = [];
  const errors: ImportError[] = [];
  const stack: { name: string; line: number }[] = [];
  let block: IcsBlock | null = null;
  for (const content of lines) {
    const begin = keyword(content.text, 'BEGIN');
    const end = keyword(content.text, 'END');
    if (stack.length === 0 && begin !== 'VCALENDAR') {
      return {
        ok: false,
        error: {
          code: 'ics.unbalanced',
          line: content.line,
          message: `${at(content.line)}'${show(content.text)}' is outside BEGIN:VCALENDAR … END:VCALENDAR`,
        },
      };
    }
    if (begin !== null) {
      if (stack.length === 1 && (begin === 'VEVENT' || begin === 'VTIMEZONE')) {
        block = { name: begin, line: content.line, lines: [] };
        (begin === 'VEVENT' ? events : timeZones).push(block);
      }
      stack.push({ name: begin, line: content.line });
    }
    block?.lines.push(content);
    if (end !== null) {
      const open = stack.pop();
      if (open?.name !== end) {
        return {
          ok: false,
          error: {
            code: 'ics.unbalanced',
            line: content.line,
            message: `${at(content.line)}END:${show(end)} does not close BEGIN:${show(open?.name ?? '?')} (line ${open?.line ?? '?'})`,
          },
        };
      }
      if (stack.length === 1) block = null;
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    if (block) {
      // A truncated file: keep the events before, report the cut one.
      (block.name === 'VEVENT' ? events : timeZones).pop();
      errors.push({
        code: 'ics.unbalanced',
        line: block.line,
        message: `${at(block.line)}BEGIN:${show(block.name)} is never closed (is the file cut short?)`,
      });
    } else {
      errors.push({
        code: 'ics.unbalanced',
        line: unclosed.line,
        message: `${at(unclosed.line)}BEGIN:${show(unclosed.name)} is never closed (is the file cut short?)`,
      });
    }
  }
  return { ok: true, events, timeZones, errors };
};
