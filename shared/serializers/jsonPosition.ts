/**
 * Where a JSON text stops being valid, as line and column, whatever the JavaScript engine: V8 now says
 * `Unexpected token '}', ..."kind": }" is not valid JSON` with no position, older V8 "at position N",
 * Firefox "at line L column C". A small JSON grammar check finds the offset itself; the engine's
 * message is the fallback.
 */

const WS = new Set([' ', '\t', '\n', '\r']);

/** Offset of the first character that breaks the JSON grammar, or null if the text is valid JSON. */
export const jsonErrorOffset = (text: string): number | null => {
  let i = 0;
  const ws = () => {
    while (i < text.length && WS.has(text[i]!)) i += 1;
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    // Point at the first character that differs.
    for (const c of word) {
      if (text[i] !== c) break;
      i += 1;
    }
    return false;
  };
  const string = (): boolean => {
    i += 1; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i += 1;
          return false;
        }
      } else i += 1;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-') return false;
    i += match[0].length;
    return true;
  };
  const value = (depth: number): boolean => {
    if (depth > 5000) return false;
    ws();
    const c = text[i];
    if (c === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        return true;
      }
      for (;;) {
        ws();
        if (text[i] !== '"' || !string()) return false;
        ws();
        if (text[i] !== ':') return false;
        i += 1;
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === '}') {
          i += 1;
          return true;
        }
        if (text[i] !== ',') return false;
        i += 1;
      }
    }
    if (c === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        return true;
      }
      for (;;) {
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === ']') {
          i += 1;
          return true;
        }
        if (text[i] !== ',') return false;
        i += 1;
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  if (!value(0)) return Math.min(i, text.length);
  ws();
  return i < text.length ? i : null;
};

const fromOffset = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
};

/** Line and column (1-based) where JSON.parse failed on `text`, or null when they cannot be known. */
export const jsonErrorPosition = (text: string, error: unknown): { line: number; column: number } | null => {
  const offset = jsonErrorOffset(text);
  if (offset !== null) return fromOffset(text, offset);
  const msg = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(msg);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /at position (\d+)/.exec(msg);
  return position ? fromOffset(text, Number(position[1])) : null;
};
