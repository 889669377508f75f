/** The `eftkit` executable: runs {@link runCli} on the process's arguments and sets the exit code. */
import { runCli } from './index';

process.exitCode = await runCli(process.argv.slice(2));
