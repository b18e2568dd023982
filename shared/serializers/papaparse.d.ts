/**
 * A narrow type for papaparse, imported as 'papaparse/papaparse.js' (its main file).
 *
 * Why not @types/papaparse: it starts with `/// <reference types="node" />`, which pulls Node's
 * globals (Buffer, process…) into shared/'s type check and would let Node code through unnoticed.
 * Importing the file path keeps @types/papaparse out of shared/; this declares only what shared/ uses.
 * papaparse is UMD/CommonJS: its module object is the Papa namespace (`export =`).
 */
declare module 'papaparse/papaparse.js' {
  type PapaError = { type: string; code: string; message: string; row?: number; index?: number };
  type PapaMeta = { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number };
  type PapaStep = { data: string[]; errors: PapaError[]; meta: PapaMeta };
  type PapaParseConfig = {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    dynamicTyping?: false;
    skipEmptyLines?: false;
    step?: (results: PapaStep) => void;
  };
  type PapaUnparseConfig = {
    delimiter?: string;
    newline?: string;
    quotes?: boolean;
    quoteChar?: string;
    escapeFormulae?: false;
    header?: boolean;
  };
  const Papa: {
    parse(input: string, config: PapaParseConfig): { data: string[][]; errors: PapaError[]; meta: PapaMeta };
    unparse(data: { fields: string[]; data: string[][] }, config?: PapaUnparseConfig): string;
  };
  export = Papa;
}
