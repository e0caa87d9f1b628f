import { parseDocumentName } from '@ketenlab/domain';
import type { CollabExtension, StoreDocumentPayload } from '@ketenlab/collab';
import type { QuestionMirrorService } from '../questions/question-mirror.service';
import { bodyHtml, bodyText } from '../questions/question-mirror';

/** After edits settle (the debounced store), the question's text/HTML mirror and search entry follow. */
export class QuestionMirrorExtension implements CollabExtension {
  readonly name = 'question-mirror';

  constructor(private readonly mirror: QuestionMirrorService) {}

  async onStoreDocument({ documentName, doc }: StoreDocumentPayload): Promise<void> {
    const name = parseDocumentName(documentName);
    if (name?.kind !== 'question') return;
    // Rendered before the first await: the live document keeps changing while we write.
    await this.mirror.refresh(name.id, bodyText(doc), bodyHtml(doc));
  }
}
