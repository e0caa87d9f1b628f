import { Inject, Injectable } from '@nestjs/common';
import { ingestDataset, type CellValue } from '@ketenlab/datasets';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FileStore } from '../files/file-store';
import type { DatasetVersion } from './dataset-version.entity';

/** Thrown from onRow to stop reading once the page is full; never leaves this file. */
class PageFull extends Error {}

/**
 * Pages of rows read from the stored file by streaming it through the same parser that made
 * the profile, so a page shows the rows exactly as they were profiled. Reading stops at the
 * page's last row: page n costs reading n pages, and memory stays one page.
 */
@Injectable()
export class DatasetPreviewService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: FileStore,
  ) {}

  async page(
    version: DatasetVersion,
    offset: number,
    limit: number,
  ): Promise<Array<Array<string | null>>> {
    const rows: Array<Array<string | null>> = [];
    if (offset >= version.rowCount) return rows;
    let index = 0;
    try {
      await ingestDataset(await this.store.read(version.storageKey), {
        fileName: version.fileName,
        sheet: version.profile.sheet,
        maxBytes: Math.max(this.config.datasetMaxBytes, version.byteSize),
        maxUncompressedBytes: this.config.datasetMaxUncompressedBytes,
        onRow: (row) => {
          if (index++ < offset) return;
          rows.push(row.map(cellText));
          if (rows.length === limit) throw new PageFull();
        },
      });
    } catch (error) {
      if (!(error instanceof PageFull)) throw error;
    }
    return rows;
  }
}

export function cellText(cell: CellValue | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}
