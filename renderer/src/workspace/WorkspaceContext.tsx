// The open workspace's context: meta, data folder and counts, refreshed or replaced after changes.
import { createContext, useContext, type ReactNode } from 'react';
import type { ReadyStatus, WorkspaceStatus } from '../api/contract-types';
import { ChangeFeedProvider } from './ChangeFeed';

export interface WorkspaceValue {
  /** The open workspace: meta (name, chains, isDemo), data folder, counts. */
  status: ReadyStatus;
  /** Replaces the status with one a call returned (load demo, remove demo, restore). */
  setStatus: (status: WorkspaceStatus) => void;
  /** Asks the core for the status again (counts change as records are added). */
  refresh: () => Promise<void>;
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

export function WorkspaceProvider({
  value,
  children,
}: {
  value: WorkspaceValue;
  children: ReactNode;
}) {
  return (
    <WorkspaceContext.Provider value={value}>
      <ChangeFeedProvider>{children}</ChangeFeedProvider>
    </WorkspaceContext.Provider>
  );
}

export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}
