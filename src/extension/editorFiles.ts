// Reads a spec's data file through the editor's file system (a virtual workspace, where Node cannot
// reach the files), under the policy of src/core/data/files.ts: inside the root, a regular file (a
// symbolic link cannot be followed here, so it is refused), at most MAX_CSV_BYTES.
import { posix } from 'node:path';
import * as vscode from 'vscode';
import { isInside, missing, notAFile, outside, tooLarge, unreadable, type FileRead } from '../core/data/files';
import { msg, type Message } from '../core/messages/message';
import { MAX_CSV_BYTES } from '../core/spec/limits';

function kindOf(type: vscode.FileType): Message | undefined {
  if (type & vscode.FileType.SymbolicLink) return msg('kind.symlink');
  if (type & vscode.FileType.Directory) return msg('kind.folder');
  return type & vscode.FileType.File ? undefined : msg('kind.other');
}

function problemOf(e: unknown, file: string, folder: string): FileRead {
  if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return missing(file, folder);
  return unreadable(file, { code: e instanceof vscode.FileSystemError ? e.code : undefined });
}

/** `file` is data.csv.path as written: relative to `base`, and it must lie inside `root`. */
export async function readThroughEditor(base: vscode.Uri, root: vscode.Uri, file: string): Promise<FileRead> {
  const path = posix.resolve(base.path, file);
  if (!isInside(posix.normalize(root.path), path)) return outside(file, { baseDir: base.path, root: root.path });
  const uri = base.with({ path });
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    const kind = kindOf(stat.type);
    if (kind) return notAFile(file, kind);
    if (stat.size > MAX_CSV_BYTES) return tooLarge(file, stat.size);
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > MAX_CSV_BYTES) return tooLarge(file, bytes.byteLength);
    return { text: new TextDecoder().decode(bytes) };
  } catch (e) {
    return problemOf(e, file, posix.dirname(path));
  }
}
