// 导入卷宗 button: reads a chosen or dropped bundle, stages it, asks for its password if any.
import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/api-error';
import { testId } from '../../components/testid';
import { useNotifyError } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';
import { readAsBase64 } from '../ledger/file-bytes';

/** What 导入卷宗 accepts: our bundles, and zips (a zip is checked and refused with a reason). */
export const BUNDLE_ACCEPT = '.dossier,.zip';

/** Where a bundle's bytes come from: uploaded (web shell, picker), or a path (desktop). */
type Source = { dataBase64: string } | { path: string };

interface Pending {
  source: Source;
  fileName: string;
  /** The last wrong password's message (密码不正确), shown in the dialog. */
  problem: string | null;
}

export interface BundleImporter {
  /** Reads a chosen or dropped file and stages it; asks for a password when it has one. */
  take: (file: File) => Promise<void>;
  /** Stages a bundle on this machine (desktop: opened with the app, dropped on the window). */
  takePath: (path: string) => Promise<void>;
  /** The password dialog (render it once). */
  dialog: ReactNode;
}

function wantsPassword(error: unknown): boolean {
  return isApiError(error) && error.envelope.fields[0]?.path === 'password';
}

/**
 * 导入卷宗, step one in the renderer: the file's bytes to `exchange.stage`, a password asked
 * for (and asked again when wrong) if the bundle is encrypted, then the preview page.
 */
export function useBundleImporter(): BundleImporter {
  const api = useApi();
  const t = useT();
  const notifyError = useNotifyError();
  const [pending, setPending] = useState<Pending | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  const stage = useCallback(
    async (source: Source, fileName: string, pass?: string) => {
      setBusy(true);
      try {
        const staged = await api['exchange.stage']({ ...source, fileName, password: pass });
        setPending(null);
        navigate('exchange', staged.stagedId);
      } catch (error) {
        if (wantsPassword(error)) {
          const problem = pass && isApiError(error) ? error.message : null;
          setPending({ source, fileName, problem });
        } else {
          setPending(null);
          notifyError(error);
        }
      } finally {
        setBusy(false);
        setPassword('');
      }
    },
    [api, notifyError],
  );

  const take = useCallback(
    async (file: File) => {
      try {
        await stage({ dataBase64: await readAsBase64(file) }, file.name);
      } catch (error) {
        notifyError(error);
      }
    },
    [notifyError, stage],
  );

  const takePath = useCallback(
    (path: string) => stage({ path }, path.split(/[\\/]/).pop() ?? path),
    [stage],
  );

  const dialog = (
    <Modal
      open={pending !== null}
      title={t('import.passwordTitle')}
      okText={t('import.open')}
      okButtonProps={{ loading: busy, disabled: !password, ...testId('import-password-ok') }}
      onOk={() => pending && void stage(pending.source, pending.fileName, password)}
      onCancel={() => setPending(null)}
      destroyOnHidden
    >
      {pending?.problem && (
        <Alert
          type="error"
          showIcon
          title={pending.problem}
          className="block-gap-bottom"
          data-testid="import-password-problem"
        />
      )}
      <Input.Password
        autoFocus
        placeholder={t('import.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        onPressEnter={() =>
          pending && password && void stage(pending.source, pending.fileName, password)
        }
        data-testid="import-password"
      />
    </Modal>
  );
  return { take, takePath, dialog };
}

/** 导入卷宗 in the header: a file picker for a .dossier (or .zip). */
export function ImportBundleButton({ importer }: { importer: BundleImporter }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        icon={<ImportOutlined />}
        onClick={() => input.current?.click()}
        data-testid="import-bundle"
      >
        {t('import.button')}
      </Button>
      <input
        ref={input}
        type="file"
        accept={BUNDLE_ACCEPT}
        hidden
        data-testid="import-bundle-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importer.take(file);
        }}
      />
      {importer.dialog}
    </>
  );
}
