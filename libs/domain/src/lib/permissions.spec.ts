import {
  ACTIONS,
  PERMISSIONS,
  allowsPlatform,
  allowsProject,
  isPlatformAction,
  type PlatformAction,
  type ProjectAction,
} from './permissions';
import { PLATFORM_RELATIONS, PROJECT_RELATIONS } from './roles';

describe('permission matrix', () => {
  it('never lets an outsider act on a project', () => {
    for (const action of ACTIONS.filter((a) => !isPlatformAction(a)) as ProjectAction[]) {
      expect(allowsProject(action, 'outsider')).toBe(false);
    }
  });

  it('lets only the anonymous caller sign in and accept invitations', () => {
    const anonymous = ACTIONS.filter(
      (a) => isPlatformAction(a) && allowsPlatform(a as PlatformAction, 'anonymous'),
    );
    expect(anonymous.sort()).toEqual(['auth.acceptInvitation', 'auth.signIn']);
  });

  it('reserves managing members and the project to the lead', () => {
    for (const relation of PROJECT_RELATIONS) {
      expect(allowsProject('project.members.manage', relation)).toBe(relation === 'lead');
      expect(allowsProject('project.update', relation)).toBe(relation === 'lead');
    }
  });

  it('gives visitors the overview but not the member list or activity', () => {
    expect(allowsProject('project.read', 'visitor')).toBe(true);
    expect(allowsProject('project.members.read', 'visitor')).toBe(false);
    expect(allowsProject('project.activity.read', 'visitor')).toBe(false);
  });

  it('names only relations that exist in its scope', () => {
    for (const [action, rule] of Object.entries(PERMISSIONS)) {
      const known: readonly string[] =
        rule.scope === 'platform' ? PLATFORM_RELATIONS : PROJECT_RELATIONS;
      for (const relation of rule.allow)
        expect([action, known.includes(relation)]).toEqual([action, true]);
    }
  });
});
