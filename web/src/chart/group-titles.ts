// Where a group's title (a tier's or a partnership's name) is drawn: at the top left of its frame,
// above the frame's border, wrapped to TITLE_MAX_WIDTH. Left, not centred: on a phone the first
// view shows a wide group's left edge (fit-view.ts), so a centred title was cut at the screen's
// right. The router keeps lines off the title (chart-routes.ts), so it needs the title's box
// before the chart is drawn: titleSize measures it as Cytoscape will draw it (cy-style.ts).
import type { Rect } from './row-router.js';

export const TITLE_FONT_SIZE = 14;
/** the widest a title runs before it wraps (chart px): at the readable zoom, well inside a phone's width */
export const TITLE_MAX_WIDTH = 300;
/** from the frame's left side to the title's text */
const TITLE_INSET = 10;
/** the white behind the title (text-background-padding) */
export const TITLE_PADDING = 3;
const LINE_HEIGHT = 1.25;
/** the title's bottom above the frame's border (text-margin-y), and the frame's border below the group's box top (GROUP_PADDING.top - .bottom) */
export const TITLE_LIFT = 4;
const FRAME_DROP = 20;

export interface TitleSize {
  /** the widest line, without the padding */
  width: number;
  /** the title wrapped */
  lines: string[];
}

/** A group's box: its centre and size (grouped-layout.ts's GroupBoxes). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far Cytoscape moves the centred title (text-margin-x) to put it at the frame's left. */
export const titleShift = (groupWidth: number, title: TitleSize): number => -groupWidth / 2 + TITLE_INSET + title.width / 2;

/**
 * How far a title wrapped to more than one line reaches above the room the layout leaves for one
 * (it grows upward from the frame's border): the layout leaves that much more above its group.
 */
export const titleRise = (title: TitleSize | undefined): number => Math.max(0, (title?.lines.length ?? 1) - 1) * TITLE_FONT_SIZE * LINE_HEIGHT;

/** The title's box, with its padding, in chart coordinates. */
export function titleRect(g: Box, title: TitleSize): Rect {
  const bottom = g.y - g.height / 2 + FRAME_DROP - TITLE_LIFT + TITLE_PADDING;
  const x0 = g.x - g.width / 2 + TITLE_INSET - TITLE_PADDING;
  return { x0, y0: bottom - title.lines.length * TITLE_FONT_SIZE * LINE_HEIGHT - 2 * TITLE_PADDING, x1: x0 + title.width + 2 * TITLE_PADDING, y1: bottom };
}

let measure: CanvasRenderingContext2D | null = null;

/** The title in `font` (bold, TITLE_FONT_SIZE) wrapped at spaces to TITLE_MAX_WIDTH, and its width: Cytoscape and the SVG draw these lines. */
export function titleSize(text: string, font: string): TitleSize {
  measure ??= document.createElement('canvas').getContext('2d')!;
  measure.font = `bold ${TITLE_FONT_SIZE}px ${font}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > TITLE_MAX_WIDTH) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return { width: Math.ceil(Math.max(...lines.map((l) => measure!.measureText(l).width))), lines };
}
