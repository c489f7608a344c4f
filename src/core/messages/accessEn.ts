// The catalog's English for a data file the editor may not read (Restricted Mode): src/node/dataFiles.ts refusedIO.
export const ACCESS_EN = {
  'access.refused': "Cannot read data.csv.path '{file}': {reason}",
  'access.restricted':
    'this window is in Restricted Mode, and nnspec reads data files only in a trusted workspace. Trust it ' +
    '(Manage Workspace Trust, in the quick fix) to read the file and train.',
} as const;

export type AccessMessageId = keyof typeof ACCESS_EN;
