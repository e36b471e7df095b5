// A generation's files: 打开 Word · 打开 PDF · 打印 · 保存到…, and a pack's numbered copies.
import {
  DownloadOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { GeneratedFile, Generation } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { CopyFiles } from './CopyFiles';
import { formatLabel, useFileActions } from './useFileActions';

function firstOfEachFormat(files: GeneratedFile[]): GeneratedFile[] {
  return files.filter((file, index) => files.findIndex((f) => f.format === file.format) === index);
}

interface Props {
  generation: Generation;
  /** In a table's narrow cell: links, one 打开 per format, no list of copies. */
  links?: boolean;
}

/**
 * A generation's files: 打开 Word · 打开 PDF · 打印 · 保存到…; a meeting pack's numbered copies
 * are listed one by one (第001份 打开 打印) except in a table's narrow cell.
 */
export function GenerationFiles({ generation, links = false }: Props) {
  const t = useT();
  const { open, print, saveAs } = useFileActions();
  const type = links ? 'link' : 'default';
  const copies = !links && generation.files.some((f) => f.copyNumber !== null);
  // Numbered copies share a format: 打开 opens the first of each format.
  const shown = firstOfEachFormat(
    copies ? generation.files.filter((f) => f.copyNumber === null) : generation.files,
  );
  const pdf = shown.find((f) => f.format === 'pdf');
  const buttons = (
    <Space size={links ? 0 : 4} wrap>
      {shown.map((file) => (
        <Button
          key={file.format}
          type={type}
          size="small"
          icon={file.format === 'pdf' ? <FilePdfOutlined /> : <FileWordOutlined />}
          onClick={() => void open(generation, file)}
          data-testid={`generation-open-${file.format}`}
        >
          {t('documents.openFormat', { format: formatLabel(file.format) })}
        </Button>
      ))}
      {!links && pdf && (
        <Button
          size="small"
          icon={<PrinterOutlined />}
          onClick={() => void print(generation, pdf)}
          data-testid="generation-print-pdf"
        >
          {t('documents.print')}
        </Button>
      )}
      <Button
        type={type}
        size="small"
        icon={<DownloadOutlined />}
        onClick={() => void saveAs(generation)}
        data-testid="generation-save"
      >
        {t('documents.saveTo')}
      </Button>
    </Space>
  );
  if (!copies) return buttons;
  return (
    <Space orientation="vertical" size={4}>
      {buttons}
      <CopyFiles generation={generation} />
    </Space>
  );
}
