import { Injectable } from '@nestjs/common';
import type { ScopedReference } from '../auth/can.decorator';

type ProjectOf = (id: string) => Promise<string | null>;

/**
 * Finds the project an object belongs to, for the permission guard. Domain modules register
 * their kinds at start (questions: `question` → its project), so this module imports none of them.
 */
@Injectable()
export class ProjectScopes {
  private readonly kinds = new Map<string, ProjectOf>();

  register(kind: string, projectOf: ProjectOf): void {
    this.kinds.set(kind, projectOf);
  }

  /** The project id, or undefined when the reference leads nowhere (the guard then refuses). */
  async projectOf(located: string | ScopedReference | undefined): Promise<string | undefined> {
    if (located === undefined || typeof located === 'string') return located;
    const projectOf = this.kinds.get(located.kind);
    if (!projectOf) throw new Error(`No project scope registered for ${located.kind}`);
    if (!located.id || !/^[0-9a-f-]{36}$/i.test(located.id)) return undefined;
    return (await projectOf(located.id)) ?? undefined;
  }
}
