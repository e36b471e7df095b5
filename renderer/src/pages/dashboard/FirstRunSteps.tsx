/** 从空白开始: the dashboard of an empty workspace walks the officer through name, group, folio. */
import { Button, Card, Form, Input, Space, Steps, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { FolioFormModal } from '../folios/FolioFormModal';
import { GroupFormModal } from '../groups/GroupFormModal';
import { useUpdateWorkspace } from '../settings/useUpdateWorkspace';

interface WhoValues {
  operator?: string;
  issuerUnit?: string;
}

/** Step 1: the officer's name (operator) and unit (落款单位), saved into the workspace settings. */
export function WhoForm() {
  const t = useT();
  const { status } = useWorkspace();
  const update = useUpdateWorkspace();
  const [form] = Form.useForm<WhoValues>();
  const [saving, setSaving] = useState(false);
  const name = useRef<InputRef>(null);
  // Into the name field, unless the officer is already typing elsewhere (the search box, say):
  // the card can appear a moment after the page, and must not take the keyboard from them.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) name.current?.focus();
  }, []);

  const save = async (values: WhoValues) => {
    setSaving(true);
    const unit = (values.issuerUnit ?? '').trim();
    await update(
      { operator: (values.operator ?? '').trim(), ...(unit ? { issuerUnit: unit } : {}) },
      form,
    );
    setSaving(false);
  };

  return (
    <Form<WhoValues>
      form={form}
      layout="vertical"
      className="first-run-form"
      initialValues={{ operator: status.meta.operator, issuerUnit: status.meta.issuerUnit ?? '' }}
      onFinish={(values) => void save(values)}
      data-testid="first-run-who"
    >
      <Form.Item
        name="operator"
        label={t('firstRun.name')}
        rules={[{ required: true, whitespace: true, message: t('firstRun.nameRequired') }]}
      >
        <Input ref={name} maxLength={40} data-testid="first-run-name" />
      </Form.Item>
      <Form.Item name="issuerUnit" label={t('firstRun.unit')}>
        <Input
          maxLength={60}
          placeholder={t('firstRun.unitPlaceholder')}
          data-testid="first-run-unit"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="first-run-who-save">
        {t('firstRun.whoSave')}
      </Button>
    </Form>
  );
}

/** On a workspace with records but no operator yet (the demo): ask the name and unit once. */
export function AskWho() {
  const t = useT();
  const { status } = useWorkspace();
  if (status.meta.operator.trim() !== '') return null;
  return (
    <Card size="small" title={t('firstRun.who')} data-testid="ask-who">
      <Typography.Paragraph type="secondary">{t('firstRun.whoHint')}</Typography.Paragraph>
      <WhoForm />
    </Card>
  );
}

/** The three steps, each done when the workspace has it: a name, a group, a folio. */
export function FirstRunSteps() {
  const t = useT();
  const { status, refresh } = useWorkspace();
  const [dialog, setDialog] = useState<'group' | 'folio' | null>(null);
  const named = status.meta.operator.trim() !== '';
  const groups = status.counts.groups;
  const current = !named ? 0 : groups === 0 ? 1 : 2;
  const unit = status.meta.issuerUnit?.trim() || status.meta.name;

  const steps = [
    {
      title: t('firstRun.who'),
      content:
        current === 0 ? (
          <Space orientation="vertical" className="full-width">
            <Typography.Text type="secondary">{t('firstRun.whoHint')}</Typography.Text>
            <WhoForm />
          </Space>
        ) : (
          <span data-testid="first-run-who-done">
            {t('firstRun.whoDone', { name: status.meta.operator, unit })}
          </span>
        ),
    },
    {
      title: t('firstRun.group'),
      content:
        current === 1 ? (
          <Space orientation="vertical">
            <Typography.Text type="secondary">{t('firstRun.groupHint')}</Typography.Text>
            <Button type="primary" onClick={() => setDialog('group')} data-testid="first-run-group">
              {t('groups.create')}
            </Button>
          </Space>
        ) : current > 1 ? (
          t('firstRun.groupDone', { count: groups })
        ) : null,
    },
    {
      title: t('firstRun.folio'),
      content:
        current === 2 ? (
          <Space orientation="vertical">
            <Typography.Text type="secondary">{t('firstRun.folioHint')}</Typography.Text>
            <Button type="primary" onClick={() => setDialog('folio')} data-testid="first-run-folio">
              {t('folios.create')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card title={t('firstRun.title')} data-testid="first-run">
      <Typography.Paragraph type="secondary">{t('firstRun.intro')}</Typography.Paragraph>
      <Steps orientation="vertical" current={current} items={steps} />
      {dialog === 'group' && (
        <GroupFormModal
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
      {dialog === 'folio' && (
        <FolioFormModal
          onClose={() => setDialog(null)}
          onSaved={(folio) => {
            setDialog(null);
            void refresh();
            window.location.hash = routeHref('folios', folio.id);
          }}
        />
      )}
    </Card>
  );
}
