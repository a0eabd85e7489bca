import type { Settings } from '../../../shared/model/entities';
import { settingsInput, type SettingsInput } from '../../../shared/model/schemas';
import { updateRow } from '../db/audit';
import type { Workspace } from '../workspace';
import { getSettings } from './queries';

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
      ...(s.minuteNumbering ? { minute_numbering: s.minuteNumbering } : {}),
    });
  });
  return getSettings(ws);
}
