// 导出卷宗: the modal (scope, optional password twice, generated documents) and its button.
import { ExportOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { InputOf } from '../../api/contract-types';
import { testId } from '../../components/testid';
import { useNotifyError } from '../../components/useNotifyError';
import { useT } from '../../i18n/I18nContext';
import { download } from '../folios/detail/attachment-file';

export type ExportScope = InputOf<'exchange.export'>['scope'];

interface ExportValues {
  password?: string;
  confirm?: string;
  includeGenerated?: boolean;
}

const MIN_PASSWORD = 6;

/**
 * 导出卷宗: the scope, an optional password typed twice, 包含生成的文档. The desktop saves
 * through its dialog and says where; the web shell downloads the bundle.
 */
export function ExportModal({
  scope,
  scopeName,
  onClose,
}: {
  scope: ExportScope;
  /** What is exported, in words (a folio's, group's or trip's name). */
  scopeName: string;
  onClose: () => void;
}) {
  const api = useApi();
  const t = useT();
  const notifyError = useNotifyError();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportValues>();
  const [busy, setBusy] = useState(false);

  async function submit(values: ExportValues) {
    setBusy(true);
    try {
      const result = await api['exchange.export']({
        scope,
        password: values.password ? values.password : undefined,
        includeGenerated: values.includeGenerated ?? false,
      });
      if (result.cancelled) return;
      if (result.url) {
        download(result.url, result.fileName);
        void message.success(t('exchangeExport.downloaded', { name: result.fileName }));
      } else {
        void message.success(t('exchangeExport.savedTo', { path: result.path ?? result.fileName }));
      }
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('exchangeExport.title', { scope: scopeName })}
      okText={t('exchangeExport.submit')}
      okButtonProps={{ loading: busy, ...testId('export-submit') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" data-testid="export-scope">
        {t('exchangeExport.scopeHint')}
      </Typography.Paragraph>
      <Form<ExportValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        data-testid="export-form"
      >
        <Form.Item
          name="password"
          label={t('exchangeExport.password')}
          extra={t('exchangeExport.passwordHint')}
          rules={[
            {
              validator: (_, value?: string) =>
                !value || value.length >= MIN_PASSWORD
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('exchangeExport.passwordShort'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="export-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('exchangeExport.passwordAgain')}
          dependencies={['password']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                (value ?? '') === ((getFieldValue('password') as string | undefined) ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('exchangeExport.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="export-password-again" />
        </Form.Item>
        <Form.Item name="includeGenerated" valuePropName="checked">
          <Checkbox data-testid="export-include-generated">
            {t('exchangeExport.includeGenerated')}
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A 导出卷宗 button that opens the modal for its scope. */
export function ExportBundleButton({
  scope,
  scopeName,
  label,
  testId = 'export-bundle',
  disabled,
}: {
  scope: ExportScope;
  scopeName: string;
  label?: string;
  testId?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<ExportOutlined />}
        data-testid={testId}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {label ?? t('exchangeExport.button')}
      </Button>
      {open && <ExportModal scope={scope} scopeName={scopeName} onClose={() => setOpen(false)} />}
    </>
  );
}
