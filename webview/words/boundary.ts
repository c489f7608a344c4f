export const EN = {} as const;
export const KO: Record<keyof typeof EN, string> = {};
