import { Injectable } from '@nestjs/common';
import type { OrganisationOwned } from '@ketenlab/domain';
import type { Request } from 'express';
import type { ScopedReference } from '../auth/can.decorator';
import { requestLoader } from '../common/context/request-loaders';

export type Owned = OrganisationOwned & { id: string; projectId: string };
type OwnershipOf = (ids: readonly string[]) => Promise<Owned[]>;

/**
 * Finds which organisation owns an object inside a project and which others it lets read the
 * rows, for actions with an organisation rule (libs/domain PERMISSIONS). Domain modules
 * register their kinds at start, as with ProjectScopes; look-ups are batched per request, so
 * a list of datasets with their previews costs one query, not one per field.
 */
@Injectable()
export class OrganisationOwnership {
  private readonly kinds = new Map<string, OwnershipOf>();

  register(kind: string, ownershipOf: OwnershipOf): void {
    this.kinds.set(kind, ownershipOf);
  }

  /** Forget what this request learned about `id`, after a change to who may read its rows. */
  forget(req: Request, kind: string, id: string): void {
    const ownershipOf = this.kinds.get(kind);
    if (ownershipOf) requestLoader(req, `ownership:${kind}`, ownershipOf, (o) => o.id).clear(id);
  }

  /** Null when the reference leads nowhere: the guard then refuses. */
  async of(req: Request, located: ScopedReference): Promise<Owned | null> {
    const ownershipOf = this.kinds.get(located.kind);
    if (!ownershipOf) throw new Error(`No organisation ownership registered for ${located.kind}`);
    if (!located.id || !/^[0-9a-f-]{36}$/i.test(located.id)) return null;
    return requestLoader(req, `ownership:${located.kind}`, ownershipOf, (o) => o.id).load(
      located.id,
    );
  }
}
