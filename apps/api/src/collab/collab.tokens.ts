/** The CollabServer of this instance with its fan-out (see createCollabRuntime). */
export const COLLAB_RUNTIME = Symbol('COLLAB_RUNTIME');
