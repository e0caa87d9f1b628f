import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

type Cleanup = () => void;
type TmpFileCallback = (error: Error | null, path: string, fd: number, cleanup: Cleanup) => void;

const current = new AsyncLocalStorage<SpooledFiles>();
let patched = false;

/**
 * exceljs spools worksheets that come before the shared strings in the zip to temporary files
 * (`tmp.file`) and removes each only after it has read it, so a read that stops early (a
 * refusal, a preview page that is full) leaves them until the process exits. This records the
 * files each read makes, by running its steps inside `run`, so that it can remove them itself.
 * `tmp` is patched once, in the copy exceljs loads; calls outside a read pass straight through.
 */
export class SpooledFiles {
  private readonly cleanups: Cleanup[] = [];
  private closed = false;

  constructor() {
    patchTmp();
  }

  run<T>(step: () => T): T {
    return current.run(this, step);
  }

  /** Removes every file made so far, and any made later by a step still under way. */
  removeAll(): void {
    this.closed = true;
    for (const cleanup of this.cleanups.splice(0)) remove(cleanup);
  }

  add(cleanup: Cleanup): void {
    if (this.closed) remove(cleanup);
    else this.cleanups.push(cleanup);
  }
}

function remove(cleanup: Cleanup): void {
  try {
    cleanup(); // tmp's cleanup runs once however often it is called, so exceljs's own call is harmless
  } catch {
    // Already gone.
  }
}

function patchTmp(): void {
  if (patched) return;
  patched = true;
  const tmp = createRequire(require.resolve('exceljs'))('tmp') as {
    file: (...args: unknown[]) => unknown;
  };
  const original = tmp.file;
  tmp.file = function (this: unknown, ...args: unknown[]) {
    const spooled = current.getStore();
    const callback = args[args.length - 1];
    if (!spooled || typeof callback !== 'function') return original.apply(this, args);
    const recorded: TmpFileCallback = (error, path, fd, cleanup) => {
      if (!error) spooled.add(cleanup);
      (callback as TmpFileCallback)(error, path, fd, cleanup);
    };
    return original.apply(this, [...args.slice(0, -1), recorded]);
  };
}
