// Images and charts in Word: PNG/JPEG pixel size, and charts as native editable Word charts.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { cleanText } from '../clean-text';
import type { PreparedBlock } from '../prepare';
import { svgSize } from '../pdf/4-paint/pictures';
import { BLOCK, LINE_PITCH, PX_PER_TWIP, SIZE } from './geometry';
import { DOCX_FACES, runFont } from './run-fonts';

type Picture = Extract<PreparedBlock, { kind: 'image' | 'chart' }>;

const BLOCK_PX = BLOCK.width * PX_PER_TWIP;
/** As in the PDF, a picture leaves two lines of the block for its caption and what keeps with it. */
const MAX_HEIGHT_PX = (BLOCK.height - 2 * LINE_PITCH) * PX_PER_TWIP;
/** ECharts' default canvas proportions, for a chart whose SVG gives no size. */
const CHART_ASPECT = 320 / 600;

/** A chart as tall for its width as the PDF draws it: its SVG's proportions. */
function chartAspect(svg: string): number {
  const { width, height } = svgSize(svg);
  return width > 0 && height > 0 ? height / width : CHART_ASPECT;
}

/** Pixel size of a PNG (IHDR) or JPEG (first SOF marker); null when the data is not one. */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length >= 24 && data[0] === 0x89 && data[1] === 0x50)
    return { width: view.getUint32(16), height: view.getUint32(20) };
  if (data[0] !== 0xff || data[1] !== 0xd8) return null;
  for (let at = 2; at + 9 < data.length;) {
    const marker = data[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isSof) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return null;
}

function fit(naturalWidth: number, aspect: number, fraction: number | null) {
  const width = fraction ? BLOCK_PX * Math.min(1, fraction) : Math.min(BLOCK_PX, naturalWidth);
  const scale = Math.min(1, MAX_HEIGHT_PX / (width * aspect));
  return { width: Math.round(width * scale), height: Math.round(width * aspect * scale) };
}

/** Axis labels and legend in 9 pt or more, as the PDF's; an axis title only where the PDF has one. */
const LABEL_FONT = { size: 9 };
const axisTitle = (text: string | undefined) =>
  text ? { title: { text: cleanText(text), font: LABEL_FONT } } : {};

function chartOptions(block: Extract<Picture, { kind: 'chart' }>): ChartRunOptions {
  const { data } = block;
  const categories = data.categories.map(cleanText);
  const series = data.series.map((s) => ({
    name: cleanText(s.name),
    values: s.values,
    ...(s.color ? { color: s.color.replace(/^#/, '') } : {}),
    ...(s.secondary ? { axis: 'secondary' as const } : {}),
  }));
  const base = {
    categories,
    font: { name: DOCX_FACES.fangsong },
    transformation: fit(BLOCK_PX, chartAspect(block.svg), block.widthFraction),
    run: { font: runFont('fangsong'), size: SIZE.body * 2 },
    altText: { name: block.title, description: block.title },
    legend: { position: 'top' as const, font: LABEL_FONT },
  };
  if (data.type === 'pie') return { ...base, type: 'pie', series: series.slice(0, 1) };
  if (data.type === 'line') return { ...base, type: 'line', series };
  const axes = {
    categoryAxis: {
      font: LABEL_FONT,
      // The PDF lists lying bars from the top; Word starts at the bottom unless reversed.
      ...(data.direction === 'horizontal' ? { reverseOrder: true } : {}),
    },
    valueAxis: {
      font: LABEL_FONT,
      ...axisTitle(data.valueAxis),
      // With the categories reversed, the value axis stays along the bottom, as in the PDF.
      ...(data.direction === 'horizontal' ? { crossesAt: 'maximum' as const } : {}),
    },
    ...(data.secondaryAxis
      ? { secondaryValueAxis: { font: LABEL_FONT, ...axisTitle(data.secondaryAxis) } }
      : {}),
  };
  const type = data.direction === 'horizontal' ? 'bar' : 'column';
  return { ...base, ...axes, type, series };
}

/** An image, or a chart as a native Word chart (editable, with its data), centred. */
export function pictureParagraph(
  block: Picture,
  { captioned }: { captioned: boolean },
): { paragraph?: Paragraph; problem?: string } {
  const options = { alignment: AlignmentType.CENTER, keepNext: captioned };
  if (block.kind === 'chart') {
    try {
      return {
        paragraph: new Paragraph({ ...options, children: [new ChartRun(chartOptions(block))] }),
      };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { problem: `图表“${block.title}”的数据无法做成 Word 图表（${why}），只保留了标题。` };
    }
  }
  const size = imageSize(block.data);
  if (!size || size.width === 0)
    return { problem: `图片“${block.caption}”不是可读的 PNG 或 JPEG。` };
  const image = new ImageRun({
    type: block.format === 'png' ? 'png' : 'jpg',
    data: block.data,
    transformation: fit(size.width, size.height / size.width, block.widthFraction),
    run: { font: runFont('fangsong'), size: SIZE.body * 2 },
    altText: { name: block.caption, description: block.caption, title: block.caption },
  });
  return { paragraph: new Paragraph({ ...options, children: [image] }) };
}
