// Asks workspace.status and shows the first screen to match: problem, welcome, or the app.
import { Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { endEarlyReads, takeCome, takeEarly } from '../api/early-reads';
import type { WorkspaceStatus } from '../api/contract-types';
import { useErrorText } from '../components/useNotifyError';
import { useT } from '../i18n/I18nContext';
import { ConnectionErrorPage } from '../pages/startup/ConnectionErrorPage';
import { ProblemPage } from '../pages/startup/ProblemPage';
import { WelcomePage } from '../pages/startup/WelcomePage';
import { WorkspaceProvider, type WorkspaceValue } from '../workspace/WorkspaceContext';
import { Shell } from './Shell';

/** Asks `workspace.status` and shows the matching first screen: problem, welcome, or the app. */
export function Startup() {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  // The entry script's ask may have been answered already: then the app renders at once.
  const [early] = useState(() => takeCome('workspace.status', '{}'));
  const [status, setStatus] = useState<WorkspaceStatus | null>(early?.result ?? null);
  const [failure, setFailure] = useState<unknown>(null);
  const [startedEmpty, setStartedEmpty] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    // The first ask may already be on its way (started by the entry script).
    const asked =
      (attempt === 0 &&
        (early ? Promise.resolve(early.result) : takeEarly('workspace.status', '{}'))) ||
      api['workspace.status']({});
    asked.then(
      (next) => {
        // Not the app's screens: nothing else read early is of use now.
        if (next.state !== 'ready' || next.empty) endEarlyReads();
        if (live) setStatus(next);
      },
      (error: unknown) => {
        endEarlyReads();
        if (live) setFailure(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, attempt, early]);

  const retry = () => {
    setFailure(null);
    setStatus(null);
    setAttempt((n) => n + 1);
  };

  const refresh = useCallback(async () => {
    try {
      setStatus(await api['workspace.status']({}));
    } catch (error) {
      setFailure(error);
    }
  }, [api]);

  const workspace = useMemo<WorkspaceValue | null>(
    () => (status?.state === 'ready' ? { status, setStatus, refresh } : null),
    [status, refresh],
  );

  if (failure) {
    return <ConnectionErrorPage message={errorText(failure)} onRetry={retry} />;
  }
  if (!status) {
    return (
      <div className="page-center">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (status.state === 'problem') {
    return <ProblemPage status={status} onStatus={setStatus} onRetry={retry} />;
  }
  if (status.empty && !startedEmpty) {
    return <WelcomePage onStatus={setStatus} onStartEmpty={() => setStartedEmpty(true)} />;
  }
  return (
    workspace && (
      <WorkspaceProvider value={workspace}>
        <Shell />
      </WorkspaceProvider>
    )
  );
}
