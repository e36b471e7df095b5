// The undo.* (撤销 / 重做) methods: the labelled edits of this session, undoing one and redoing it.
import type { HandlerSet } from '../../api/registry';
import type { Session } from '../session';

/** 撤销: the labelled edits of this session, newest first. The stack itself is in ./undo. */
export function undoHandlers(session: Session): HandlerSet {
  return {
    'undo.status': async () => session.undo.peek(),
    'undo.undo': async ({ serial }) => {
      const undone = await session.undoLast('undo', serial);
      return { undone, ...session.undo.peek() };
    },
    'undo.redo': async ({ serial }) => {
      const redone = await session.undoLast('redo', serial);
      return { redone, ...session.undo.peek() };
    },
  };
}
