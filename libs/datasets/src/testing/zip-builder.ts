import { createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** Raw deflate data, or stored bytes when `stored` is set. */
  readonly data: Buffer;
  readonly stored?: boolean;
  /** The uncompressed size the headers claim; a bomb lies here. */
  readonly declaredSize: number;
  /** Sizes in a data descriptor after the data instead of in the header, as streaming writers do. */
  readonly streamed?: boolean;
}

/**
 * A hand-assembled zip: local headers, data, central directory. CRCs are left zero: neither
 * the guard nor exceljs's zip parser checks them, and a test bomb has no reason to be honest.
 */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.stored ? 0 : 8;
    const flags = entry.streamed ? 0x08 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.streamed ? 0 : entry.data.length, 18);
    local.writeUInt32LE(entry.streamed ? 0 : entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, entry.data);
    let length = local.length + name.length + entry.data.length;
    if (entry.streamed) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(entry.data.length, 8);
      descriptor.writeUInt32LE(entry.declaredSize, 12);
      parts.push(descriptor);
      length += descriptor.length;
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.declaredSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Raw deflate of `prefix`, `unit` repeated `times` times, and `suffix`, without building it. */
export async function deflateRepeated(
  prefix: string,
  unit: string,
  times: number,
  suffix: string,
): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const write = (data: string | Buffer) =>
    new Promise<void>((resolve) =>
      deflate.write(data) ? resolve() : deflate.once('drain', resolve),
    );
  await write(prefix);
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
  const perBlock = block.length / unit.length;
  for (let left = times; left > 0; left -= perBlock) {
    await write(left >= perBlock ? block : unit.repeat(left));
  }
  deflate.end(suffix);
  await done;
  return Buffer.concat(out);
}
