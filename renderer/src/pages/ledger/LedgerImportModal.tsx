// 导入台账: choose a file, confirm the columns, look at the preview, then import in one step.
import { UploadOutlined } from '@ant-design/icons';
import { App, Alert, Button, Modal, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { LedgerMapping, LedgerPreview } from '../../api/contract-types';
import { useErrorText } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import { readAsBase64 } from './file-bytes';
import { LedgerMappingStep } from './LedgerMappingStep';
import { LedgerPreviewStep } from './LedgerPreviewStep';

interface Chosen {
  fileName: string;
  dataBase64: string;
}

/**
 * 导入台账: choose a file, confirm the columns, look at the preview, then import in one step
 * (one 撤销). Nothing is written before 确认导入; a group page passes its group as the default.
 */
export function LedgerImportModal({
  defaultGroup,
  onClose,
}: {
  defaultGroup?: string;
  onClose: () => void;
}) {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<Chosen | null>(null);
  const [mapping, setMapping] = useState<LedgerMapping>(defaultGroup ? { defaultGroup } : {});
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [skipProblems, setSkipProblems] = useState(false);
  const [saveMapping, setSaveMapping] = useState(false);

  const load = async (chosen: Chosen, next: LedgerMapping) => {
    setBusy(true);
    setError(null);
    try {
      const withGroup = defaultGroup ? { ...next, defaultGroup } : next;
      setPreview(await api['ledger.preview']({ ...chosen, mapping: withGroup }));
      setMapping(withGroup);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const pick = async (blob: File) => {
    const chosen = { fileName: blob.name, dataBase64: await readAsBase64(blob) };
    setFile(chosen);
    if (await load(chosen, {})) setStep(1);
  };

  const apply = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const done = await api['ledger.apply']({ ...file, mapping, skipProblems, saveMapping });
      const c = done.preview.counts;
      void message.success(done.backupId ? t('ledger.applied', c) : t('ledger.nothing'));
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const blocked = preview !== null && preview.counts.problem > 0 && !skipProblems;
  const footer = (
    <Space>
      {step > 0 && (
        <Button onClick={() => setStep(step - 1)} data-testid="ledger-back">
          {t('ledger.back')}
        </Button>
      )}
      {step === 1 && (
        <Button type="primary" onClick={() => setStep(2)} data-testid="ledger-next">
          {t('ledger.next')}
        </Button>
      )}
      {step === 2 && (
        <Button
          type="primary"
          loading={busy}
          disabled={blocked}
          onClick={() => void apply()}
          data-testid="ledger-apply"
        >
          {t('ledger.apply')}
        </Button>
      )}
    </Space>
  );
  return (
    <Modal
      open
      width={1000}
      title={t('ledger.import')}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        className="block-gap-bottom"
        items={[
          { title: t('ledger.step.file') },
          { title: t('ledger.step.mapping') },
          { title: t('ledger.step.preview') },
        ]}
      />
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          className="block-gap-bottom"
          data-testid="ledger-error"
        />
      )}
      {step === 0 && (
        <Upload.Dragger
          accept=".xlsx,.csv,.xls"
          showUploadList={false}
          beforeUpload={(blob) => {
            void pick(blob);
            return false;
          }}
          data-testid="ledger-file"
        >
          <p className="ant-upload-drag-icon">
            <UploadOutlined />
          </p>
          <p>{t('ledger.pick')}</p>
          <Typography.Text type="secondary">{t('ledger.pickHint')}</Typography.Text>
        </Upload.Dragger>
      )}
      {step === 1 && preview && file && (
        <LedgerMappingStep
          preview={preview}
          mapping={mapping}
          onChange={(next) => void load(file, next)}
        />
      )}
      {step === 2 && preview && (
        <LedgerPreviewStep
          preview={preview}
          skipProblems={skipProblems}
          saveMapping={saveMapping}
          onSkipProblems={setSkipProblems}
          onSaveMapping={setSaveMapping}
        />
      )}
    </Modal>
  );
}
