import { Injectable } from '@nestjs/common';
import { allowsProject, parseDocumentName, type ProjectRelation } from '@ketenlab/domain';
import {
  CollabCloseCode,
  CollabRefusal,
  type AuthenticatePayload,
  type AuthenticationResult,
  type CollabExtension,
} from '@ketenlab/collab';
import { SocketAuthenticator } from '../auth/socket-authenticator';
import { InFlight } from '../common/in-flight';
import type { Organisation } from '../organisations/organisation.entity';
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
  // A reconnect storm asks the same questions a thousand times at once (one token, a hundred
  // documents, a few organisations): sockets asking together share the running look-up.
  private readonly projectLookUps = new InFlight<string | null>();
  private readonly relationLookUps = new InFlight<ProjectRelation>();
  private readonly organisationLookUps = new InFlight<Organisation | null>();

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
    // Independent look-ups run side by side: a reconnect storm waits for three database round
    // trips per socket instead of five. The refusals keep their order (who you are first), so
    // an anonymous caller still learns nothing about which documents exist.
    const name = parseDocumentName(documentName);
    const [principal, projectId] = await Promise.all([
      this.sockets.principalFor(request, params.get('token')),
      name?.kind === 'question'
        ? this.projectLookUps.run(name.id, () => this.questions.projectIdOf(name.id))
        : null,
    ]);
    const user = principal.user;
    if (!user) throw new CollabRefusal(CollabCloseCode.unauthenticated, 'sign in first');
    if (!projectId) throw new CollabRefusal(CollabCloseCode.unknownDocument, 'unknown document');
    // A socket that gave up (authentication timed out, the client went away) needs no more
    // look-ups: under overload they would only delay the sockets still waiting.
    if (request.socket.destroyed)
      throw new CollabRefusal(CollabCloseCode.unauthenticated, 'connection closed');
    const [relation, organisation] = await Promise.all([
      this.relationLookUps.run(`${user.id} ${projectId}`, () =>
        this.access.relationOf(principal, projectId),
      ),
      this.organisationLookUps.run(user.organisationId, () =>
        this.organisations.findById(user.organisationId),
      ),
    ]);
    if (!allowsProject('question.read', relation))
      throw new CollabRefusal(CollabCloseCode.forbidden, 'no access to this document');
    this.projectOfDocument.set(documentName, projectId);
    return {
      identity: {
        userId: user.id,
        name: user.name,
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
