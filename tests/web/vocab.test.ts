// The chart's vocabulary tables: complete, distinguishable without colour, and of AA contrast.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS as MODEL_KINDS, REL_TYPES as MODEL_TYPES } from '../../server/domain/model.js';
import { KIND_STYLE, LINE_PATTERNS, NODE_KINDS, REL_STYLE, REL_TYPES } from '../../web/src/chart/vocab.js';

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('chart vocabulary', () => {
  it('covers every node kind and relationship type of the model', () => {
    expect([...NODE_KINDS].sort()).toEqual([...MODEL_KINDS].sort());
    expect([...REL_TYPES].sort()).toEqual([...MODEL_TYPES].sort());
  });

  it('gives every kind its own shape, so colour is never the only difference', () => {
    const shapes = NODE_KINDS.map((k) => `${KIND_STYLE[k].shape}/${KIND_STYLE[k].borderStyle}`);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('gives every relationship type its own line pattern and arrow pair', () => {
    const pairs = REL_TYPES.map((t) => `${REL_STYLE[t].line}/${REL_STYLE[t].arrow}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const t of REL_TYPES) expect(LINE_PATTERNS).toHaveProperty(REL_STYLE[t].line);
  });

  it('meets WCAG AA: node text on fills 4.5:1, borders and lines 3:1 against white and the fill', () => {
    for (const k of NODE_KINDS) {
      const s = KIND_STYLE[k];
      expect(contrast('#111111', s.fill), `${k} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.border, '#ffffff'), `${k} border on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(s.border, s.fill), `${k} border on fill`).toBeGreaterThanOrEqual(3);
    }
    for (const t of REL_TYPES) expect(contrast(REL_STYLE[t].colour, '#ffffff'), t).toBeGreaterThanOrEqual(3);
  });

  it('measures contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
