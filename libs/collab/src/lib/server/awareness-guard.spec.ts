import type { ConnectionInfo } from '../connection-info';
import { AwarenessGuard } from './awareness-guard';

const connection = (id: string, userId: string): ConnectionInfo => ({
  id,
  documentName: 'question.x',
  identity: { userId, name: `User ${userId}`, organisation: 'Org', colour: '#000' },
  readOnly: false,
  connectedAt: 0,
});
const entry = (clientID: number, state: Record<string, unknown> | null = { cursor: 1 }) => ({
  clientID,
  clock: 1,
  state,
});
const user = (userId: string) => ({
  userId,
  name: `User ${userId}`,
  organisation: 'Org',
  colour: '#000',
});

describe(AwarenessGuard.name, () => {
  it('binds the first clientID and stamps the identity over whatever the client claims', () => {
    const guard = new AwarenessGuard();
    const alice = connection('c1', 'alice');
    expect(
      guard.admitLocal([entry(1, { user: { name: 'Mayor' }, cursor: 2 }), entry(2)], alice),
    ).toEqual([{ clientID: 1, clock: 1, state: { user: user('alice'), cursor: 2 } }]);
    expect(guard.admitLocal([entry(2), entry(1, null)], alice)).toEqual([entry(1, null)]);
  });

  it("never admits another user's clientID", () => {
    const guard = new AwarenessGuard();
    guard.admitLocal([entry(1)], connection('c1', 'alice'));
    const mallory = connection('c2', 'mallory');
    expect(guard.admitLocal([entry(1, null)], mallory)).toEqual([]);
    expect(guard.admitLocal([entry(3)], mallory)).toHaveLength(1);
  });

  it('hands a clientID over to a newer connection of the same user', () => {
    const guard = new AwarenessGuard();
    guard.admitLocal([entry(1)], connection('old', 'alice'));
    expect(guard.admitLocal([entry(1)], connection('new', 'alice'))).toHaveLength(1);
    expect(guard.release('old')).toBeUndefined();
    expect(guard.release('new')).toBe(1);
  });

  it('keeps remote and local entries apart', () => {
    const guard = new AwarenessGuard();
    guard.admitLocal([entry(1)], connection('c1', 'alice'));
    expect(guard.admitRemote([entry(1, null), entry(9)])).toEqual([entry(9)]);
    expect(guard.admitLocal([entry(9)], connection('c2', 'bob'))).toEqual([]);
    guard.forgetRemote([9]);
    expect(guard.admitLocal([entry(9)], connection('c2', 'bob'))).toHaveLength(1);
  });

  it('releases the clientID of a connection that left', () => {
    const guard = new AwarenessGuard();
    guard.admitLocal([entry(1)], connection('c1', 'alice'));
    expect(guard.release('c1')).toBe(1);
    expect(guard.admitLocal([entry(1)], connection('c2', 'bob'))).toHaveLength(1);
  });
});
