/** 设置 → 协同: the CouchDB server, user, password and groups of team sync, and sync now. */
import { Alert, App, Button, Card, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { SyncSettingsView, SyncStatus } from '../../api/contract-types';
import { useNotifyError } from '../../components/useNotifyError';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { useAnnounceSync } from '../../components/useAnnounceSync';

interface Values {
  enabled: boolean;
  url: string;
  username: string;
  password: string;
  groups: string[];
}

function SyncForm({ saved, onSaved }: { saved: SyncSettingsView; onSaved: () => void }) {
  const api = useApi();
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const announceSync = useAnnounceSync();
  const groups = useApiQuery('groups.list', {});
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (values: Values) => {
    try {
      await api['sync.settings.set']({
        ...values,
        password: values.password === '' ? undefined : values.password,
      });
      void message.success(t('sync.saved'));
      onSaved();
    } catch (error) {
      notifyError(error);
    }
  };

  const syncNow = async () => {
    setBusy(true);
    try {
      const next = await api['sync.now']({});
      setStatus(next);
      announceSync(next);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      layout="vertical"
      initialValues={{ ...saved, password: '' }}
      onFinish={(values) => void save(values)}
      data-testid="sync-form"
    >
      <Form.Item name="enabled" label={t('sync.enabled')} valuePropName="checked">
        <Switch data-testid="sync-enabled" />
      </Form.Item>
      <Form.Item name="url" label={t('sync.url')} extra={t('sync.urlHint')}>
        <Input placeholder="https://couchdb.example.gov.cn:6984" data-testid="sync-url" />
      </Form.Item>
      <Space size="middle" wrap>
        <Form.Item name="username" label={t('sync.username')}>
          <Input autoComplete="username" data-testid="sync-username" />
        </Form.Item>
        <Form.Item name="password" label={t('sync.password')}>
          <Input.Password
            autoComplete="current-password"
            placeholder={saved.hasPassword ? t('sync.passwordKept') : ''}
            data-testid="sync-password"
          />
        </Form.Item>
      </Space>
      <Form.Item name="groups" label={t('sync.groups')}>
        <Select
          mode="multiple"
          data-testid="sync-groups"
          options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      {status?.message && (
        <Alert type="error" showIcon title={status.message} data-testid="sync-problem" />
      )}
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" data-testid="sync-save">
          {t('sync.save')}
        </Button>
        <Button loading={busy} onClick={() => void syncNow()} data-testid="sync-now">
          {t('sync.now')}
        </Button>
      </Space>
    </Form>
  );
}

export function SyncCard() {
  const t = useT();
  const settings = useApiQuery('sync.settings.get', {});
  return (
    <Card title={t('sync.title')} data-testid="sync-card">
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      {settings.data && (
        <SyncForm
          key={JSON.stringify(settings.data)}
          saved={settings.data}
          onSaved={settings.reload}
        />
      )}
    </Card>
  );
}
