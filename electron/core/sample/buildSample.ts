import { Workspace, type WorkspaceOptions } from '../workspace';

export const SAMPLE_FILE_NAME = 'Northbrook sample board.panelpack';

export function buildSampleWorkspace(path: string, opts: WorkspaceOptions & { today: string; overwrite?: boolean }): Workspace {
  return Workspace.create(path, { councilName: 'Northbrook Metropolitan Borough Council', boardName: 'Corporate Parenting Board' }, opts);
}
