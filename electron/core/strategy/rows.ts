import type { Pledge, Priority, Strategy } from '../../../shared/model/entities';
import type { PledgeAudience, StrategyStatus } from '../../../shared/model/enums';

export interface StrategyRow {
  id: string;
  title: string;
  period_start: string;
  period_end: string;
  status: StrategyStatus;
  vision: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function toStrategy(r: StrategyRow): Strategy {
  return {
    id: r.id,
    title: r.title,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    status: r.status,
    vision: r.vision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface PriorityRow {
  id: string;
  strategy_id: string;
  position: number;
  title: string;
  description: string;
  why: string;
  what: string;
  how: string;
  lead_body_id: string | null;
  lead_body_name: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export const PRIORITY_SELECT = `SELECT p.*, b.name AS lead_body_name FROM priorities p LEFT JOIN bodies b ON b.id = p.lead_body_id`;

export function toPriority(r: PriorityRow): Priority {
  return {
    id: r.id,
    strategyId: r.strategy_id,
    number: r.position,
    title: r.title,
    description: r.description,
    why: r.why,
    what: r.what,
    how: r.how,
    leadBodyId: r.lead_body_id,
    leadBodyName: r.lead_body_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface PledgeRow {
  id: string;
  position: number;
  heading: string;
  promise: string;
  audience: PledgeAudience;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export function toPledge(r: PledgeRow): Pledge {
  return {
    id: r.id,
    position: r.position,
    heading: r.heading,
    promise: r.promise,
    audience: r.audience,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
