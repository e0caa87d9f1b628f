import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../auth/principal';

/**
 * Facts one module announces and others act on, each with the payload it carries. Listed in one
 * place so publisher and listeners cannot drift apart.
 */
export interface DomainEventMap {
  /** A dataset has a new version; for the first one there is usually nothing relying on it yet. */
  'dataset.versionAdded': { datasetId: string; versionId: string; projectId: string };
}
export type DomainEventName = keyof DomainEventMap;

type Listener<K extends DomainEventName> = (
  manager: EntityManager,
  principal: Principal,
  payload: DomainEventMap[K],
) => Promise<void>;

/**
 * Lets a module react to another's change without either importing the other: the publisher
 * calls `publish` inside its `UnitOfWork.run`, and every listener writes with the same manager,
 * so the reaction commits or rolls back with the change (a "data changed since" flag is never
 * lost to a crash between the two). Listeners must therefore be quick and only touch the
 * database; anything slow or external belongs after commit (`UnitOfWork.afterCommit`).
 */
@Injectable()
export class DomainEvents {
  private readonly listeners = new Map<DomainEventName, Listener<DomainEventName>[]>();

  on<K extends DomainEventName>(name: K, listener: Listener<K>): void {
    const list = this.listeners.get(name) ?? [];
    list.push(listener as Listener<DomainEventName>);
    this.listeners.set(name, list);
  }

  async publish<K extends DomainEventName>(
    manager: EntityManager,
    principal: Principal,
    name: K,
    payload: DomainEventMap[K],
  ): Promise<void> {
    for (const listener of this.listeners.get(name) ?? []) {
      await listener(manager, principal, payload);
    }
  }
}
