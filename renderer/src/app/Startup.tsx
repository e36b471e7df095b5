// Asks workspace.status and shows the first screen to match: problem, welcome, or the app.
import { Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { endEarlyReads, takeCome, takeEarly } from '../api/early-reads';
import type { WorkspaceStatus } from '../api/contract-types';
import { useErrorText } from '../components/useNotifyError';
import { useT } from '../i18n/I18nContext';
import { ConnectionErrorPage } from '../pages/startup/ConnectionErrorPage';
import { WorkspaceProvider, type WorkspaceValue } from '../workspace/WorkspaceContext';
import { Shell } from './Shell';

// A workspace that cannot open, or an empty one, is rare: their screens (and the antd parts only
// they use) load when shown, not with the app. The start-up spinner stays while they load.
const ProblemPage = lazy(() =>
  import('../pages/startup/ProblemPage').then((m) => ({ default: m.ProblemPage })),
);
const WelcomePage = lazy(() =>
  import('../pages/startup/WelcomePage').then((m) => ({ default: m.WelcomePage })),
);

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
  const loading = (
    <div className="page-center">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
  if (!status) return loading;
  if (status.state === 'problem') {
    return (
      <Suspense fallback={loading}>
        <ProblemPage status={status} onStatus={setStatus} onRetry={retry} />
      </Suspense>
    );
  }
  if (status.empty && !startedEmpty) {
    return (
      <Suspense fallback={loading}>
        <WelcomePage onStatus={setStatus} onStartEmpty={() => setStartedEmpty(true)} />
      </Suspense>
    );
  }
  return (
    workspace && (
      <WorkspaceProvider value={workspace}>
        <Shell />
      </WorkspaceProvider>
    )
  );
}
