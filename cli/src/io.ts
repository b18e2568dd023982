/** Where a command writes: the terminal in `cadence`, a buffer in tests. */
export type Io = { stdout: (text: string) => void; stderr: (text: string) => void };
