import { PROJECT_ACTIVITY_ACTIONS } from '@ketenlab/domain';
import { projectsLocales } from './locales';
import { activityKey } from './use-activity-text';

describe('activity texts', () => {
  describe.each(Object.entries(projectsLocales))('%s', (_, locale) => {
    const sentences: Record<string, string> = locale.activity.actions;
    const counts: Record<string, string> = locale.sinceLastVisit.counts;

    it.each(PROJECT_ACTIVITY_ACTIONS)(
      'has words for %s in the feed and in the counts',
      (action) => {
        const key = activityKey(action);
        expect(key).not.toBeNull();
        // Some happen by themselves (a round closing, a flag raised) and name no actor.
        expect(sentences[key!]).toMatch(/\S/);
        expect(counts[`${key}_one`]).toMatch(/\{\{count\}\}/);
        expect(counts[`${key}_other`]).toMatch(/\{\{count\}\}/);
      },
    );
  });
});
