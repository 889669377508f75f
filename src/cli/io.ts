/**
 * The CLI's connection to the world, injected so that tests run commands in-process: output
 * streams, files and the clock. {@link nodeIo} is the real one.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';

/** A file opened for writing, chunk by chunk. */
export interface CliWriter {
  /** Writes a chunk, waiting when the file is slower than the producer. */
  write(chunk: string): Promise<void>;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/** What the commands may touch. */
export interface CliIo {
  /** Standard output (results). */
  readonly stdout: (text: string) => void;
  /** Standard error (messages, progress). */
  readonly stderr: (text: string) => void;
  /** Reads a whole file as UTF-8 text; throws a Node error (`ENOENT` …) when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** Opens a file for writing, replacing it. */
  readonly openWrite: (path: string) => Promise<CliWriter>;
  /** The time now (the only clock read, and only for defaults the user can override). */
  readonly now: () => Date;
}

/** The real input/output of a Node process. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    openWrite: async (path) => {
      const stream = createWriteStream(path, { encoding: 'utf8' });
      await once(stream, 'open');
      return {
        write: async (chunk) => {
          if (!stream.write(chunk)) await once(stream, 'drain');
        },
        close: () =>
          new Promise<void>((resolve, reject) => {
            stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
          }),
      };
    },
    now: () => new Date(),
  };
}
