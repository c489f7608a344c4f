// Workspace trust as nnspec sees it: in Restricted Mode a spec is checked from its text alone (its data
// file is not read) and nothing trains, until the student trusts the workspace.
import * as vscode from 'vscode';
import { msg } from '../core/messages/message';

/** Why a data file was not read, as its diagnostic says (in the editor's language, as the diagnostic is shown). */
export const RESTRICTED_READ = msg('data.restricted');

export class WorkspaceTrust implements vscode.Disposable {
  private simulated?: boolean;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when trust is granted (every spec is then checked again, its data file read). */
  readonly onDidChange = this.changed.event;
  private readonly granted = vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire());

  get trusted(): boolean {
    return this.simulated ?? vscode.workspace.isTrusted;
  }

  /**
   * Acts as if the workspace were trusted (true) or in Restricted Mode (false), or as it is (undefined):
   * for the integration tests, whose editor runs with workspace trust disabled.
   */
  simulate(trusted: boolean | undefined): void {
    this.simulated = trusted;
    this.changed.fire();
  }

  /** Shows `why` something needs a trusted workspace, with a button to manage trust. */
  async explain(why: string): Promise<void> {
    const manage = vscode.l10n.t('Manage Workspace Trust');
    const choice = await vscode.window.showWarningMessage(why, manage);
    if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  }

  dispose(): void {
    this.granted.dispose();
    this.changed.dispose();
  }
}
