import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { sameSecret } from '../auth/secrets';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** How long a download link works: long enough to click, too short to pass around. */
export const DOWNLOAD_LINK_SECONDS = 300;

/**
 * Short-lived download links: an HMAC with SESSION_SECRET over the version, the user it was
 * made for and its expiry. The download route still requires that user's session and row
 * access (PermissionGuard); the signature adds that the link is fresh and theirs.
 */
@Injectable()
export class DownloadLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  make(datasetId: string, versionId: string, userId: string): string {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + DOWNLOAD_LINK_SECONDS;
    const signature = this.sign(versionId, userId, expires);
    return `/api/datasets/${datasetId}/versions/${versionId}/file?expires=${expires}&signature=${signature}`;
  }

  /** Why the link does not work, or null when it does. */
  problem(versionId: string, userId: string, expires: unknown, signature: unknown): string | null {
    const at = Number(expires);
    if (typeof signature !== 'string' || !Number.isInteger(at)) {
      return 'This download link is incomplete. Ask for a new one on the dataset page.';
    }
    if (!sameSecret(signature, this.sign(versionId, userId, at))) {
      return 'This download link is not valid for you. Ask for a new one on the dataset page.';
    }
    if (at * 1000 < this.clock.now().getTime()) {
      return 'This download link has expired. Ask for a new one on the dataset page.';
    }
    return null;
  }

  private sign(versionId: string, userId: string, expires: number): string {
    return createHmac('sha256', this.config.sessionSecret)
      .update(`dataset-download\n${versionId}\n${userId}\n${expires}`)
      .digest('base64url');
  }
}
