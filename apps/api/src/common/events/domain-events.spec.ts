import type { EntityManager } from 'typeorm';
import { anonymousPrincipal } from '../../auth/principal';
import { DomainEvents } from './domain-events';

describe(DomainEvents.name, () => {
  const manager = {} as EntityManager;
  const principal = anonymousPrincipal('test');
  const event = { datasetId: 'd', versionId: 'v', projectId: 'p' };

  it('runs every listener in turn, with the publisher’s manager', async () => {
    const events = new DomainEvents();
    const heard: string[] = [];
    events.on('dataset.versionAdded', async (m, _p, payload) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      heard.push(`first ${payload.versionId} ${m === manager}`);
    });
    events.on('dataset.versionAdded', async () => {
      heard.push('second');
    });
    await events.publish(manager, principal, 'dataset.versionAdded', event);
    expect(heard).toEqual(['first v true', 'second']);
  });

  it('passes a listener’s failure to the publisher, so its transaction rolls back', async () => {
    const events = new DomainEvents();
    events.on('dataset.versionAdded', async () => {
      throw new Error('flagging failed');
    });
    await expect(events.publish(manager, principal, 'dataset.versionAdded', event)).rejects.toThrow(
      'flagging failed',
    );
  });

  it('is quiet when nobody listens', async () => {
    await expect(
      new DomainEvents().publish(manager, principal, 'dataset.versionAdded', event),
    ).resolves.toBeUndefined();
  });
});
