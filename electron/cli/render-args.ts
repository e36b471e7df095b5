// Parses the flags of `npm run render` (data folder, template, format, period, pack copies).
import { resolve } from 'node:path';
import { TEMPLATE_NAMES, type TemplateName } from '../core/model/briefing-request';
import type { DocumentFormat } from '../core/documents/render/render-task';

export interface RenderArgs {
  /** null: a fresh temporary folder with the demo workspace. */
  dataDir: string | null;
  templates: TemplateName[];
  formats: DocumentFormat[];
  out: string;
  /** The period of 工作周报 / 月调度; default: the 30 days up to today. */
  from: string | null;
  to: string | null;
  /** 会议材料: numbered copies, and printing on both sides. */
  copies: number;
  duplex: boolean;
  help: boolean;
}

export const RENDER_USAGE = `用法：npm run render -- (--demo | --data-dir 文件夹) --template 模板|all --format docx|pdf|both --out 文件夹 [--from 日期 --to 日期]

  --demo              在临时文件夹中载入演示数据后生成
  --data-dir 文件夹   用这个数据文件夹（请先关闭正在使用它的程序）
  --template          ${TEMPLATE_NAMES.join(' | ')} | all
                      （项目简报 | 政策包 | 投资机会清单 | 工作周报/月调度 | 考察行程 | 全部）
  --format            docx | pdf | both
  --out 文件夹        文件写到这里（不存在时创建）
  --from/--to         工作周报/月调度的起止日期 YYYY-MM-DD；默认到今天为止的 30 天
  --copies 份数       会议材料的份数，每份有自己的份号；默认 1
  --duplex            会议材料双面印刷：每部分从右页（单数页）开始
  --help              显示本说明`;

const FORMATS: Record<string, DocumentFormat[]> = {
  docx: ['docx'],
  pdf: ['pdf'],
  both: ['docx', 'pdf'],
};

function isTemplate(value: string): value is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** Parses the flags after `npm run render --`; throws a Chinese message naming the flag. */
export function parseRenderArgs(argv: readonly string[], cwd = process.cwd()): RenderArgs {
  const flags = new Map<string, string>();
  let demo = false;
  let help = false;
  let duplex = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--demo') demo = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--duplex') duplex = true;
    else if (
      ['--data-dir', '--template', '--format', '--out', '--from', '--to', '--copies'].includes(arg)
    ) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} 后面缺少取值`);
      flags.set(arg, value);
      i += 1;
    } else throw new Error(`不认识的参数：${arg}`);
  }
  const empty = {
    dataDir: null,
    templates: [],
    formats: [],
    out: '',
    from: null,
    to: null,
    copies: 1,
    duplex: false,
  };
  if (help) return { ...empty, help: true };
  if (demo === flags.has('--data-dir')) throw new Error('请给出 --demo 或 --data-dir 之一');
  const template = flags.get('--template') ?? '';
  const templates =
    template === 'all' ? [...TEMPLATE_NAMES] : isTemplate(template) ? [template] : [];
  if (templates.length === 0) {
    throw new Error(
      `--template 应为 ${TEMPLATE_NAMES.join('、')} 或 all，收到的是：${template || '（空）'}`,
    );
  }
  const formats = FORMATS[flags.get('--format') ?? ''];
  if (!formats) throw new Error('--format 应为 docx、pdf 或 both');
  const out = flags.get('--out');
  if (!out) throw new Error('请用 --out 指定输出文件夹');
  const date = (flag: string) => {
    const value = flags.get(flag);
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new Error(`${flag} 的日期格式应为 YYYY-MM-DD`);
    }
    return value ?? null;
  };
  const copies = Number(flags.get('--copies') ?? '1');
  if (!Number.isInteger(copies) || copies < 1 || copies > 200) {
    throw new Error('--copies 应为 1 到 200 之间的整数');
  }
  const dataDir = flags.get('--data-dir');
  return {
    dataDir: dataDir === undefined ? null : resolve(cwd, dataDir),
    templates,
    formats,
    out: resolve(cwd, out),
    from: date('--from'),
    to: date('--to'),
    copies,
    duplex,
    help: false,
  };
}
