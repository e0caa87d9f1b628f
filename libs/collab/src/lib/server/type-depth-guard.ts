import * as Y from 'yjs';
import { policyViolation } from '../protocol/protocol-error';
import type { DecodedStruct } from '../protocol/update-inspection';

/** Where a struct's parent type sits: at a known depth, a type created by the same update, or not (yet) resolvable. */
type ParentRef = { depth: number } | { newType: Y.Item } | null;

/**
 * Bounds how deeply shared types nest (a map in a map in a map…).
 *
 * Why: when an update changes types, Yjs walks from every changed type up to the root to collect
 * events, so an update that touches every level of an n-deep chain costs O(n²) — measured here:
 * two frames totalling 200 kB (an 8,000-deep chain, then one change per level) blocked the event
 * loop for 23 s. Deep chains also make Yjs's recursive delete and gc overflow the stack. Real
 * documents are shallow (ProseMirror: fragment → list → item → paragraph…), so a bound far above
 * their depth turns that quadratic cost into a linear one.
 *
 * The check runs on decoded structs before they are applied, in O(structs × log structs): parents
 * are resolved through the update itself (memoised, iteratively, so hostile chains cannot exhaust
 * the stack) or through the live document. Structs whose parent is unknown will be held pending
 * by Yjs; they are checked again together with each later update until they resolve.
 */
export class TypeDepthGuard {
  private readonly docDepths = new WeakMap<Y.AbstractType<unknown>, number>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly maxDepth: number,
  ) {}

  /** Throws `ProtocolError` (1008) if applying `structs` would nest a type deeper than allowed. */
  assertWithinDepth(structs: readonly DecodedStruct[]): void {
    const pending = this.doc.store.pendingStructs;
    const all = pending ? [...Y.decodeUpdateV2(pending.update).structs, ...structs] : structs;
    const walk = new UpdateWalk(all, this);
    for (const struct of all) {
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) {
        if (walk.newTypeDepth(struct) > this.maxDepth) {
          throw policyViolation(`shared types nested deeper than ${this.maxDepth}`);
        }
      }
    }
  }

  get limit(): number {
    return this.maxDepth;
  }

  /** Depth of an integrated type (a root type is 0), walking up at most limit + 1 steps. */
  depthOfDocType(type: Y.AbstractType<unknown>): number {
    const path: Y.AbstractType<unknown>[] = [];
    let base = 0;
    for (let current: Y.AbstractType<unknown> | null = type; current;) {
      const known = this.docDepths.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      const item: Y.Item | null = current._item;
      if (item === null) break;
      path.push(current);
      if (path.length > this.maxDepth) return this.maxDepth + 1;
      current = item.parent instanceof Y.AbstractType ? item.parent : null;
    }
    path.forEach((t, i) => this.docDepths.set(t, base + path.length - i));
    return path.length === 0 ? base : base + path.length;
  }

  /** The integrated struct holding `id`, or null if the document has not seen it. */
  docStruct(id: Y.ID): Y.Item | Y.GC | null {
    if (Y.getState(this.doc.store, id.client) <= id.clock) return null;
    try {
      return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
    } catch {
      return null;
    }
  }
}

/** Parent and depth resolution over one update's structs, memoised for that update. */
class UpdateWalk {
  private readonly byClient = new Map<number, DecodedStruct[]>();
  private readonly parents = new Map<Y.Item, ParentRef>();
  private readonly depths = new Map<Y.Item, number>();

  constructor(
    structs: readonly DecodedStruct[],
    private readonly guard: TypeDepthGuard,
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.byClient.set(struct.id.client, list);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** Depth of a type item of this update, following new parent types up at most limit + 1 steps. */
  newTypeDepth(item: Y.Item): number {
    const chain: Y.Item[] = [];
    let base = 0;
    for (let current: Y.Item | null = item; current;) {
      const known = this.depths.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(current);
      if (chain.length > this.guard.limit) return this.guard.limit + 1;
      const parent = this.parentOf(current);
      current = parent && 'newType' in parent ? parent.newType : null;
      if (parent && 'depth' in parent) base = parent.depth;
    }
    chain.forEach((t, i) => this.depths.set(t, base + chain.length - i));
    return this.depths.get(item) ?? base;
  }

  /**
   * Items name their parent only when they have no neighbours; otherwise the parent is their
   * neighbour's. Walks neighbour chains iteratively (a typed paragraph is a chain as long as its
   * text) and remembers the answer for every item on the way; a cycle resolves to unknown.
   */
  private parentOf(item: Y.Item): ParentRef {
    const path: Y.Item[] = [];
    const seen = new Set<Y.Item>();
    let result: ParentRef = null;
    for (let current: Y.Item | null = item; current;) {
      const known = this.parents.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (seen.has(current)) break;
      seen.add(current);
      path.push(current);
      const parent: unknown = current.parent;
      if (typeof parent === 'string') {
        result = { depth: 0 };
        break;
      }
      if (parent instanceof Y.ID) {
        result = this.typeAt(parent);
        break;
      }
      const neighbourId: Y.ID | null = current.origin ?? current.rightOrigin;
      const neighbour: DecodedStruct | Y.GC | null = neighbourId ? this.find(neighbourId) : null;
      current = null;
      if (neighbour instanceof Y.Item && !this.isIntegrated(neighbour)) {
        current = neighbour;
      } else if (neighbour instanceof Y.Item && neighbour.parent instanceof Y.AbstractType) {
        result = { depth: this.guard.depthOfDocType(neighbour.parent) };
      }
    }
    for (const visited of path) this.parents.set(visited, result);
    return result;
  }

  /** The type an item names as its parent (by the ID of the type's own item). */
  private typeAt(id: Y.ID): ParentRef {
    const struct = this.find(id);
    if (!(struct instanceof Y.Item)) return struct ? { depth: 0 } : null;
    if (!(struct.content instanceof Y.ContentType)) return { depth: 0 };
    return this.isIntegrated(struct)
      ? { depth: this.guard.depthOfDocType(struct.content.type) }
      : { newType: struct };
  }

  /** A struct of this update containing `id`, else one of the document, else null. */
  private find(id: Y.ID): DecodedStruct | Y.GC | null {
    const list = this.byClient.get(id.client);
    if (list) {
      let low = 0;
      let high = list.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const struct = list[mid];
        if (id.clock < struct.id.clock) high = mid - 1;
        else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
        else return struct;
      }
    }
    return this.guard.docStruct(id);
  }

  private isIntegrated(item: Y.Item): boolean {
    return item.parent instanceof Y.AbstractType;
  }
}
