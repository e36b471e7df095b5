// 生成 on a record's page: a menu of the templates that fit the record, each opening the form.
import { DownOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal } from 'antd';
import { useState } from 'react';
import { testId } from '../../components/testid';
import { useT } from '../../i18n/I18nContext';
import { GeneratePanel } from './GeneratePanel';
import { TEMPLATES_FOR, type FormTemplate, type RecordTarget } from './requests';

/** 生成 on a record's page: the templates that fit the record, each opening the form for it. */
export function GenerateDocumentButton({ target }: { target: RecordTarget }) {
  const t = useT();
  const [template, setTemplate] = useState<FormTemplate | null>(null);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: TEMPLATES_FOR[target.kind].map((name) => ({
            key: name,
            label: t(`documents.template.${name}`),
            ...testId(`generate-${name}`),
          })),
          onClick: ({ key }) => setTemplate(key as FormTemplate),
        }}
      >
        <Button icon={<FileTextOutlined />} data-testid="generate-document">
          {t('documents.generateMenu')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={template !== null}
        title={t('documents.generateFor', { name: target.name })}
        footer={null}
        width={760}
        destroyOnHidden
        onCancel={() => setTemplate(null)}
      >
        {template && (
          <div className="doc-modal-body">
            <GeneratePanel key={template} target={target} template={template} />
          </div>
        )}
      </Modal>
    </>
  );
}
