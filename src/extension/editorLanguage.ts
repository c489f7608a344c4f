// The editor's display language as the core's messages know it: ko when VS Code runs in Korean, else en.
import * as vscode from 'vscode';
import { languageOf, type Language } from '../core/messages/message';

export const editorLanguage = (): Language => languageOf(vscode.env.language);
