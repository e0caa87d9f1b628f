import { Global, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

/** The file store, chosen by FILE_STORE: a directory under DATA_DIR, or an S3 bucket. */
@Global()
@Module({
  providers: [
    {
      provide: FileStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStore =>
        config.fileStore.kind === 's3'
          ? new S3FileStore(config.fileStore)
          : new LocalFileStore(config.fileStore.root),
    },
  ],
  exports: [FileStore],
})
export class FilesModule implements OnModuleDestroy {
  constructor(@Inject(FileStore) private readonly store: FileStore) {}

  onModuleDestroy(): void {
    if (this.store instanceof S3FileStore) this.store.destroy();
  }
}
