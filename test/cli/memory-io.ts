import type { CliIo } from '../../src/cli';

/** An in-memory {@link CliIo}: files in a map, output collected, a fixed clock. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, string>;
  readonly out: () => string;
  readonly err: () => string;
}

export function memoryIo(files: Record<string, string> = {}, now: Date = new Date('2026-11-30T10:00:00Z')): MemoryIo {
  const map = new Map(Object.entries(files));
  let out = '';
  let err = '';
  return {
    files: map,
    out: () => out,
    err: () => err,
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readFile: async (path) => {
      const text = map.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    openWrite: async (path) => {
      map.set(path, '');
      return {
        write: async (chunk) => {
          map.set(path, (map.get(path) ?? '') + chunk);
        },
        close: async () => undefined,
      };
    },
    now: () => now,
  };
}
