import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LiveDocuments } from '../questions/live-documents';
import { QuestionMirrorService } from '../questions/question-mirror.service';
import { QuestionsModule } from '../questions/questions.module';
import { AuthenticationExtension } from './authentication.extension';
import { createCollabRuntime } from './collab-server.factory';
import { CollabGateway } from './collab.gateway';
import { COLLAB_RUNTIME } from './collab.tokens';
import { DocumentStore } from './document-store';
import { CollabLiveDocuments } from './live-documents.service';
import { UpdateLog } from './update-log';

/** Group-commit interval of the update log: the longest an accepted update waits to be stored. */
export const GROUP_COMMIT_MS = 5;

/** Live documents at /collab: the y-websocket server, its storage and its fan-out. */
@Global()
@Module({
  imports: [QuestionsModule],
  providers: [
    DocumentStore,
    {
      provide: UpdateLog,
      inject: [DocumentStore],
      useFactory: (store: DocumentStore) => new UpdateLog(store, GROUP_COMMIT_MS),
    },
    AuthenticationExtension,
    {
      provide: COLLAB_RUNTIME,
      inject: [
        APP_CONFIG,
        AuthenticationExtension,
        DocumentStore,
        UpdateLog,
        QuestionMirrorService,
      ],
      useFactory: (
        config: AppConfig,
        authentication: AuthenticationExtension,
        store: DocumentStore,
        log: UpdateLog,
        mirror: QuestionMirrorService,
      ) => createCollabRuntime({ config, authentication, store, log, mirror }),
    },
    { provide: LiveDocuments, useClass: CollabLiveDocuments },
    CollabGateway,
  ],
  exports: [DocumentStore, LiveDocuments, COLLAB_RUNTIME],
})
export class CollabModule {}
