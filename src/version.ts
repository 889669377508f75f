/** The version of eftkit, kept equal to package.json by a test. */
export const VERSION: string = '0.1.0';

/** The public modules of this build, each importable as `eftkit/<name>`. */
export const MODULES: readonly string[] = ['accounts', 'approval', 'calendar', 'camt054', 'charges', 'cid', 'matching', 'money', 'pain001', 'pain002', 'payment-line', 'references', 'testing', 'validation'];
