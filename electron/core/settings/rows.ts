import type { Settings } from '../../../shared/model/entities';
import type { MinuteNumbering } from '../../../shared/model/enums';

export interface SettingsRow {
  council_name: string;
  board_name: string;
  clerk_name: string;
  clerk_phone: string;
  clerk_email: string;
  review_interval_days: number;
  minute_numbering: MinuteNumbering;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function toSettings(r: SettingsRow): Settings {
  return {
    councilName: r.council_name,
    boardName: r.board_name,
    clerkName: r.clerk_name,
    clerkPhone: r.clerk_phone,
    clerkEmail: r.clerk_email,
    reviewIntervalDays: r.review_interval_days,
    minuteNumbering: r.minute_numbering,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
