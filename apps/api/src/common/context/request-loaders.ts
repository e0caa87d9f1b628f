import DataLoader from 'dataloader';
import type { Request } from 'express';

const LOADERS = Symbol('loaders');
type WithLoaders = Request & { [LOADERS]?: Map<string, DataLoader<string, unknown>> };

/**
 * A DataLoader that lives as long as one request, so a list of 50 projects asks for their
 * organisations in one query, and nothing is cached across users or requests.
 */
export function requestLoader<T>(
  req: Request,
  name: string,
  load: (ids: readonly string[]) => Promise<T[]>,
  idOf: (item: T) => string,
): DataLoader<string, T | null> {
  const holder = req as WithLoaders;
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(name) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, T | null>(async (ids) => {
      const byId = new Map((await load(ids)).map((item) => [idOf(item), item]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    holder[LOADERS].set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Gives `req` loaders of its own, so that what it loads is not served from an older cache. */
export function withOwnLoaders(req: Request): void {
  (req as WithLoaders)[LOADERS] = new Map();
}

/** The items of `ids` that exist, by id; an id listed many times is asked for once. */
export async function loadById<T>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const items = await Promise.all(unique.map((id) => loader.load(id)));
  const found = new Map<string, T>();
  unique.forEach((id, i) => {
    const item = items[i];
    if (item) found.set(id, item);
  });
  return found;
}
