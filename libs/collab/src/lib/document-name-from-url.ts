/**
 * The stock y-websocket client connects to `${serverUrl}/${roomname}?${params}`. With
 * `serverUrl = base + '/collab'` the document name is the single path segment after the prefix.
 * Returns null for anything else (other paths, nested segments, empty or undecodable names), so
 * the host can leave such upgrades to another handler or refuse them.
 */
export function documentNameFromUrl(url: string | undefined, prefix = '/collab/'): string | null {
  if (!url) return null;
  const end = url.search(/[?#]/);
  const path = end < 0 ? url : url.slice(0, end);
  if (!path.startsWith(prefix)) return null;
  const segment = path.slice(prefix.length);
  if (segment.length === 0 || segment.includes('/')) return null;
  try {
    const name = decodeURIComponent(segment);
    return name.length > 0 && !name.includes('/') ? name : null;
  } catch {
    return null;
  }
}

/** The query of an upgrade URL, where the stock client puts its `params`. */
export function paramsFromUrl(url = ''): URLSearchParams {
  const start = url.indexOf('?');
  if (start < 0) return new URLSearchParams();
  return new URLSearchParams(url.slice(start + 1).split('#')[0]);
}
