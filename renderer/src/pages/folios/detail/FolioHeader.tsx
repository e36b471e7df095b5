// The folio page's header: name, stage and group, and 返回 · 变更阶段 · 生成 · 导出 · 编辑 · 删除.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { FolioDetail } from '../../../api/contract-types';
import { StageTag } from '../../../components/StageTag';
import { useT } from '../../../i18n/I18nContext';
import { navigate, routeHref } from '../../../router/hash-router';
import { GenerateDocumentButton } from '../../documents/GenerateDocumentButton';
import { ExportBundleButton } from '../../exchange/ExportModal';

/** The folio's name, its stage and the group it belongs to. */
export function FolioTitle({ detail }: { detail: FolioDetail }) {
  const t = useT();
  return (
    <Space wrap size="middle">
      <span data-testid="folio-detail-name">{detail.folio.name}</span>
      <span data-testid="folio-detail-stage">
        <StageTag stage={detail.folio.stage} />
      </span>
      <Typography.Text type="secondary">
        {t('folios.group')}：
        <a href={routeHref('groups', detail.group.id)} data-testid="folio-group-link">
          {detail.group.name}
        </a>
      </Typography.Text>
    </Space>
  );
}

interface ActionsProps {
  folio: { id: string; name: string };
  onEdit: () => void;
  onChangeStage: () => void;
  onDelete: () => void;
}

/** 返回 · 变更阶段 · 生成 · 导出卷宗 · 编辑 · 删除 */
export function FolioActions({ folio, onEdit, onChangeStage, onDelete }: ActionsProps) {
  const t = useT();
  return (
    <Space wrap>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('folios')}>
        {t('common.back')}
      </Button>
      <Button onClick={onChangeStage} data-testid="folio-stage-change">
        {t('folioDetail.changeStage')}
      </Button>
      <GenerateDocumentButton target={{ kind: 'folio', id: folio.id, name: folio.name }} />
      <ExportBundleButton scope={{ kind: 'folios', ids: [folio.id] }} scopeName={folio.name} />
      <Button type="primary" onClick={onEdit} data-testid="folio-edit">
        {t('common.edit')}
      </Button>
      <Button danger onClick={onDelete} data-testid="folio-delete">
        {t('common.delete')}
      </Button>
    </Space>
  );
}
