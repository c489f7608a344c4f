// The catalog's English for the shape table's own lines (src/core/shapes/text.ts) beside the shape
// messages of en.ts.
export const SHAPES_EN = {
  'table.head': '{named}layout {layout}, n[0] = {n0}, m = {m}',
  'table.named': '{name} — ',
} as const;

export type ShapesMessageId = keyof typeof SHAPES_EN;
