import { usePermissionWorld } from '../../testing/permission-world';

describe('permission matrix (API)', () => {
  const world = usePermissionWorld();

  describe('User.email', () => {
    it('is set for yourself', async () => {
      const { user, token } = world().callers.contributor;
      const result = await world().test.gql('{ me { email } }', {}, { token });
      expect(result.data.me.email).toBe(user.email);
    });

    it('is null for other people, and set only for yourself among fellow members', async () => {
      const { user, token } = world().callers.contributor;
      const result = await world().test.gql(
        'query($id: ID!) { project(id: $id) { members { user { id email } } } }',
        { id: world().projectId },
        { token },
      );
      expect(result.errors).toBeUndefined();
      const members: Array<{ user: { id: string; email: string | null } }> =
        result.data.project.members;
      expect(members.length).toBeGreaterThanOrEqual(4);
      for (const member of members) {
        expect([member.user.id, member.user.email]).toEqual([
          member.user.id,
          member.user.id === user.id ? user.email : null,
        ]);
      }
    });

    it('is set for every account when an administrator asks', async () => {
      const result = await world().test.gql(
        '{ accounts { id email } }',
        {},
        { token: world().admin.token },
      );
      const byId = new Map(
        (result.data.accounts as Array<{ id: string; email: string }>).map((a) => [a.id, a.email]),
      );
      for (const caller of Object.values(world().callers))
        expect(byId.get(caller.user.id)).toBe(caller.user.email);
    });
  });
});
