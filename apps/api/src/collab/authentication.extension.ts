import { Injectable } from '@nestjs/common';
import { allowsProject, parseDocumentName } from '@ketenlab/domain';
import {
  CollabCloseCode,
  CollabRefusal,
  type AuthenticatePayload,
  type AuthenticationResult,
  type CollabExtension,
} from '@ketenlab/collab';
import { SocketAuthenticator } from '../auth/socket-authenticator';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { ProjectAccess } from '../projects/project-access.service';
import { QuestionsRepository } from '../questions/questions.repository';

/**
 * Decides who may open a live document, before a byte of it is sent: the caller comes from the
 * session cookie or the `token` parameter; the document's project and the caller's role there
 * decide between writing, reading only (observers), and refusal.
 */
@Injectable()
export class AuthenticationExtension implements CollabExtension {
  readonly name = 'authentication';
  /** The project of every document someone opened here, so revocation can find its sockets. */
  readonly projectOfDocument = new Map<string, string>();

  constructor(
    private readonly sockets: SocketAuthenticator,
    private readonly access: ProjectAccess,
    private readonly questions: QuestionsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async onAuthenticate({
    request,
    documentName,
    params,
  }: AuthenticatePayload): Promise<AuthenticationResult> {
    const principal = await this.sockets.principalFor(request, params.get('token'));
    if (!principal.user) throw new CollabRefusal(CollabCloseCode.unauthenticated, 'sign in first');
    const name = parseDocumentName(documentName);
    const projectId = name?.kind === 'question' ? await this.questions.projectIdOf(name.id) : null;
    if (!projectId) throw new CollabRefusal(CollabCloseCode.unknownDocument, 'unknown document');
    const relation = await this.access.relationOf(principal, projectId);
    if (!allowsProject('question.read', relation))
      throw new CollabRefusal(CollabCloseCode.forbidden, 'no access to this document');
    this.projectOfDocument.set(documentName, projectId);
    const organisation = await this.organisations.findById(principal.user.organisationId);
    return {
      identity: {
        userId: principal.user.id,
        name: principal.user.name,
        organisation: organisation?.name ?? '',
        colour: organisation?.colour ?? '#555555',
      },
      readOnly: !allowsProject('question.edit', relation),
    };
  }

  onDestroyDocument({ documentName }: { documentName: string }): void {
    this.projectOfDocument.delete(documentName);
  }
}
