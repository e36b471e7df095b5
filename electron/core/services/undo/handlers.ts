// The undo.* (撤销) methods: the labelled edits of this session, newest first, and undoing one.
import type { HandlerSet } from '../../api/registry';
import type { Session } from '../session';

/** 撤销: the labelled edits of this session, newest first. The stack itself is in ./undo. */
export function undoHandlers(session: Session): HandlerSet {
  return {
    'undo.status': async () => session.undo.peek(),
    'undo.undo': async () => {
      const undone = await session.undoLast();
      return { undone, ...session.undo.peek() };
    },
  };
}
