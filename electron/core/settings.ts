import type { Settings } from '../../shared/model/entities';
import { settingsInput, type SettingsInput } from '../../shared/model/schemas';
import { updateRow } from './db/audit';
import type { Workspace } from './workspace';
import { requireRow } from './workspace';

interface SettingsRow {
  council_name: string;
  board_name: string;
  clerk_name: string;
  clerk_phone: string;
  clerk_email: string;
  review_interval_days: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function getSettings(ws: Workspace): Settings {
  const r = requireRow(ws.stmt('SELECT * FROM workspace_settings WHERE id = 1').get() as SettingsRow | undefined, 'settings record');
  return {
    councilName: r.council_name,
    boardName: r.board_name,
    clerkName: r.clerk_name,
    clerkPhone: r.clerk_phone,
    clerkEmail: r.clerk_email,
    reviewIntervalDays: r.review_interval_days,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function updateSettings(ws: Workspace, input: SettingsInput): Settings {
  const s = settingsInput.parse(input);
  ws.tx(() => {
    updateRow(ws, 'workspace_settings', 'settings', '1', {
      council_name: s.councilName,
      board_name: s.boardName,
      clerk_name: s.clerkName,
      clerk_phone: s.clerkPhone,
      clerk_email: s.clerkEmail,
      review_interval_days: s.reviewIntervalDays,
    });
  });
  return getSettings(ws);
}
