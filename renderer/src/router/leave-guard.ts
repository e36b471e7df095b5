/** Unsaved work a page holds: navigation away from it asks first (registry, hook, route check). */
import { useEffect, useRef } from 'react';

type Check = () => boolean;
/** Asks the person whether to leave; calls `leave` if they agree. */
type Asker = (leave: () => void) => void;

const checks = new Set<{ current: Check }>();
let asker: Asker = (leave) => {
  if (window.confirm('有未保存的修改，离开此页将丢失这些修改。确定离开吗？')) leave();
};

/** Whether any mounted page says it holds unsaved work. */
export function hasUnsavedWork(): boolean {
  for (const check of checks) if (check.current()) return true;
  return false;
}

/** Sets how the app asks before leaving (the shell puts in its own dialog). */
export function setLeaveAsker(next: Asker): () => void {
  const before = asker;
  asker = next;
  return () => {
    asker = before;
  };
}

/** Asks before `leave` when unsaved work would be lost; otherwise leaves at once. */
export function askBeforeLeaving(leave: () => void): void {
  if (hasUnsavedWork()) asker(leave);
  else leave();
}

/**
 * A page with input not yet saved (`dirty`): leaving it by the navigation asks first, and
 * closing or reloading the window gets the browser's own question.
 */
export function useLeaveGuard(dirty: boolean): void {
  const ref = useRef<Check>(() => dirty);
  useEffect(() => {
    ref.current = () => dirty;
  }, [dirty]);
  useEffect(() => {
    const entry = ref;
    checks.add(entry);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!entry.current()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      checks.delete(entry);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
