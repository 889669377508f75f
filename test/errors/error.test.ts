import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  EftkitError,
  fail,
  formatPath,
  isEftkitError,
  issue,
  ok,
  prefixIssues,
  resultOf,
  unwrap,
} from '../../src/errors';

class ExampleError extends EftkitError {
  override readonly name: string = 'ExampleError';
}

describe('EftkitError', () => {
  it('carries name, code, path and issues', () => {
    const e = new EftkitError('amount/empty', 'The amount is empty.', { path: ['lines', 2, 'amount'] });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('EftkitError');
    expect(e.code).toBe('amount/empty');
    expect(e.path).toEqual(['lines', 2, 'amount']);
    expect(e.issues).toEqual([{ code: 'amount/empty', message: 'The amount is empty.', path: ['lines', 2, 'amount'] }]);
  });

  it('builds from several issues, naming the first and counting the rest', () => {
    const issues = [issue('a/one', 'First.', ['x', 0]), issue('a/two', 'Second.', ['y'])];
    const e = ExampleError.fromIssues(issues);
    expect(e).toBeInstanceOf(ExampleError);
    expect(e.name).toBe('ExampleError');
    expect(e.code).toBe('a/one');
    expect(e.path).toEqual(['x', 0]);
    expect(e.message).toBe('First. (at x[0]) And 1 more issue(s).');
    expect(e.issues).toHaveLength(2);
  });

  it('keeps the cause', () => {
    const cause = new Error('root');
    expect(new EftkitError('x/y', 'm', { cause }).cause).toBe(cause);
  });
});

describe('isEftkitError', () => {
  it('recognises eftkit errors and their subclasses', () => {
    expect(isEftkitError(new EftkitError('x/y', 'm'))).toBe(true);
    expect(isEftkitError(new ExampleError('x/y', 'm'))).toBe(true);
  });

  it('rejects everything else', () => {
    for (const value of [new Error('x'), { code: 'x/y' }, null, undefined, 'EftkitError', 42]) {
      expect(isEftkitError(value)).toBe(false);
    }
  });

  it('works across realms, where instanceof does not', () => {
    // An object branded in another V8 context: Symbol.for is shared by the whole process.
    const foreign = runInNewContext(
      "const e = new Error('m'); Object.defineProperty(e, Symbol.for('eftkit.error'), { value: true }); e.code = 'x/y'; e",
    ) as unknown;
    expect(foreign instanceof EftkitError).toBe(false);
    expect(isEftkitError(foreign)).toBe(true);
  });
});

describe('results', () => {
  it('ok and fail', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail([issue('a/b', 'm')])).toEqual({ ok: false, issues: [{ code: 'a/b', message: 'm', path: [] }] });
  });

  it('resultOf fails only on errors, keeping warnings on success', () => {
    const warning = issue('a/w', 'w', [], 'warning');
    expect(resultOf('v', [warning])).toEqual({ ok: true, value: 'v', issues: [warning] });
    expect(resultOf('v', [warning, issue('a/e', 'e')]).ok).toBe(false);
  });

  it('unwrap returns the value or throws the given class with every issue', () => {
    expect(unwrap(ok(5))).toBe(5);
    const issues = [issue('a/one', 'One.'), issue('a/two', 'Two.')];
    let thrown: unknown;
    try {
      unwrap(fail(issues), ExampleError);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ExampleError);
    expect((thrown as ExampleError).issues).toEqual(issues);
  });
});

describe('paths', () => {
  it('formats paths as a reader expects', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['lines', 3, 'creditor', 'iban'])).toBe('lines[3].creditor.iban');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });

  it('prefixes nested issues', () => {
    expect(prefixIssues(['lines', 1], [issue('a/b', 'm', ['amount'])])[0]?.path).toEqual(['lines', 1, 'amount']);
  });
});
