// The catalog's Korean for the shape table's own lines, id for id with shapesEn.ts.
import type { ShapesMessageId } from './shapesEn';

export const SHAPES_KO: Record<ShapesMessageId, string> = {
  'table.head': '{named}레이아웃 {layout}, n[0] = {n0}, m = {m}',
  'table.named': '{name} — ',
};
