/**
 * Problems found in a file, grouped for a terminal: a CSV whose 5,000 rows share one problem gets
 * one line naming the first rows and the count ("line 2, 3, 4 … (5,000 rows): no client for this
 * row"), not 5,000 identical lines that bury the one that is different.
 */
import { escapeControls } from '../../shared/serializers/safeText';
import type { ImportError } from '../../shared/serializers/types';

/** How many line numbers a grouped problem names before "…". */
const SHOWN_LINES = 3;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * One message per distinct problem, in the order each was first met. Problems are the same when
 * their text after "line N: " is the same (the text quotes the cell, so two different bad dates stay
 * two problems). Every message is escaped again here: it quotes the file and is bound for a terminal.
 */
export const groupProblems = (errors: readonly ImportError[]): string[] => {
  const groups = new Map<string, { text: string; lines: number[]; times: number }>();
  for (const error of errors) {
    const prefix = error.line === undefined ? '' : `line ${error.line}: `;
    const text = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    const group = groups.get(text) ?? { text, lines: [], times: 0 };
    group.times += 1;
    // One row can hold the same problem only once, but keep the count of rows honest regardless.
    if (error.line !== undefined && group.lines[group.lines.length - 1] !== error.line) group.lines.push(error.line);
    groups.set(text, group);
  }
  return [...groups.values()].map(({ text, lines, times }) => {
    const safe = escapeControls(text);
    if (lines.length === 0) return times === 1 ? safe : `${safe} (${count(times)} times)`;
    if (lines.length === 1) return `line ${lines[0]}: ${safe}`;
    const shown = lines.slice(0, SHOWN_LINES).join(', ');
    return `line ${shown}${lines.length > SHOWN_LINES ? ' …' : ''} (${count(lines.length)} rows): ${safe}`;
  });
};
