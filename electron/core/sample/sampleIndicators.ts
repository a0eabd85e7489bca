/**
 * The sample board's scorecard: two years of quarterly values (the eight quarters before today's)
 * for every preloaded indicator, with targets, England, statistical-neighbour and regional
 * comparators and a line of commentary on the latest, and a few small numbers (children who went
 * missing, children placed far from home) so the public scorecard has figures to hide; and two
 * years of the Bright Spots survey's measures, compared with the general population. Each
 * indicator is linked to the strategy priority it evidences. Written through core's own functions
 * inside the sample's one transaction, so the change log is as for a clerk's entries.
 */
import { indicatorInput } from '../../../shared/model/indicators';
import { financialYearOf } from '../../../shared/logic/periods';
import { updateIndicator, writeValue } from '../indicators/mutations';
import { listIndicators } from '../indicators/queries';
import type { Workspace } from '../workspace';

interface SampleSeries {
  /** The priority (by number) the indicator evidences. */
  priority: number;
  /** Eight figures, oldest first: counts, or numerators over `denominators`. */
  figures: number[];
  denominators?: number[];
  /** An average's figures are the values; this is how many children each is over (the denominator). */
  cohort?: number[];
  /** Multiply numerator / denominator by this for the value (100 for a percentage, 10,000 for a rate). */
  scale?: number;
  target: number | null;
  /** The `england` column: England, or for Bright Spots the general population. */
  england: number;
  sn: number | null;
  region: number | null;
  commentary: string;
  /** Annual survey results (Bright Spots): two financial years, not eight quarters. */
  annual?: boolean;
}

const CLA = [402, 408, 411, 415, 409, 414, 418, 421];
const UNDER_18 = 61500;

/** By code; a value is numerator x scale / denominator, rounded to one place. */
const SERIES: Record<string, SampleSeries> = {
  cla_count: { priority: 2, figures: CLA, target: null, england: 81770, sn: 455, region: 5210, commentary: 'Slow rise, in line with our statistical neighbours.' },
  cla_rate_per_10k: { priority: 2, figures: CLA, denominators: CLA.map(() => UNDER_18), scale: 10000, target: null, england: 67, sn: 74, region: 71, commentary: 'Below England and our neighbours.' },
  placement_stability_3plus: { priority: 2, figures: [44, 42, 41, 40, 38, 37, 39, 36], denominators: CLA, scale: 100, target: 9, england: 10, sn: 10.4, region: 9.8, commentary: 'Improving, but still above our target of 9%.' },
  long_term_stability: { priority: 2, figures: [101, 103, 104, 106, 108, 109, 110, 113], denominators: [158, 159, 160, 160, 161, 162, 163, 164], scale: 100, target: 70, england: 68, sn: 67, region: 69, commentary: 'Now above our target.' },
  placed_over_20_miles: { priority: 2, figures: [9, 7, 6, 5, 4, 6, 5, 4], denominators: CLA, scale: 100, target: 2, england: 16, sn: 14, region: 15, commentary: 'Very few children live far from home.' },
  missing_children: { priority: 2, figures: [7, 6, 4, 5, 3, 6, 4, 3], target: 5, england: 12, sn: 8, region: 9, commentary: 'Return home interviews now offered within 72 hours.' },
  health_assessments: { priority: 3, figures: [301, 305, 312, 318, 322, 326, 331, 329], denominators: [352, 355, 358, 361, 362, 366, 369, 372], scale: 100, target: 90, england: 89, sn: 88, region: 90, commentary: 'Delays at one GP practice in the autumn.' },
  dental_checks: { priority: 3, figures: [248, 262, 270, 281, 290, 301, 305, 311], denominators: [352, 355, 358, 361, 362, 366, 369, 372], scale: 100, target: 85, england: 76, sn: 79, region: 80, commentary: 'The new dental pathway is working.' },
  immunisations: { priority: 3, figures: [317, 320, 324, 329, 330, 335, 338, 341], denominators: [352, 355, 358, 361, 362, 366, 369, 372], scale: 100, target: 92, england: 85, sn: 87, region: 88, commentary: 'Steady.' },
  sdq_average: { priority: 3, figures: [14.4, 14.2, 14.1, 13.9, 13.8, 13.6, 13.5, 13.4], cohort: [252, 254, 255, 257, 256, 258, 260, 261], target: 13.5, england: 13.9, sn: 14.1, region: 14, commentary: 'Below the borderline band (14 to 16) and falling.' },
  pep_on_time: { priority: 4, figures: [238, 246, 251, 255, 261, 258, 266, 270], denominators: [281, 283, 284, 286, 287, 289, 290, 292], scale: 100, target: 95, england: 91, sn: 90, region: 92, commentary: 'The Virtual School chases every late PEP within a week.' },
  care_leavers_in_touch: { priority: 5, figures: [161, 163, 166, 168, 170, 172, 171, 175], denominators: [178, 179, 181, 182, 183, 184, 186, 187], scale: 100, target: 95, england: 93, sn: 92, region: 94, commentary: 'Two young people moved abroad.' },
  care_leavers_suitable_accommodation: { priority: 5, figures: [153, 155, 158, 160, 163, 166, 168, 171], denominators: [178, 179, 181, 182, 183, 184, 186, 187], scale: 100, target: 92, england: 88, sn: 89, region: 90, commentary: 'More supported lodgings places from April.' },
  care_leavers_eet: { priority: 5, figures: [98, 100, 103, 104, 108, 110, 113, 117], denominators: [178, 179, 181, 182, 183, 184, 186, 187], scale: 100, target: 65, england: 62, sn: 60, region: 61, commentary: 'The apprenticeship guarantee is helping.' },
  // The Bright Spots survey, every year, compared with children in the general population (no
  // statistical neighbours or region). 118 of 121 leaves 3 children without a trusted adult: a
  // small complement, so the public scorecard shows "c".
  bright_spots_trusted_adult: { annual: true, priority: 1, figures: [109, 118], denominators: [117, 121], scale: 100, target: 95, england: 95, sn: null, region: null, commentary: 'Almost every child named an adult they trust.' },
  bright_spots_good_friend: { annual: true, priority: 1, figures: [96, 104], denominators: [117, 121], scale: 100, target: 90, england: 94, sn: null, region: null, commentary: 'More children joined clubs this year.' },
  bright_spots_feel_settled: { annual: true, priority: 2, figures: [98, 106], denominators: [117, 121], scale: 100, target: 90, england: 92, sn: null, region: null, commentary: 'Fewer moves in the year helped.' },
  bright_spots_like_school: { annual: true, priority: 4, figures: [70, 77], denominators: [117, 121], scale: 100, target: 70, england: 64, sn: null, region: null, commentary: 'Above children in general.' },
  bright_spots_low_life_satisfaction: { annual: true, priority: 3, figures: [17, 13], denominators: [84, 88], scale: 100, target: 12, england: 10, sn: null, region: null, commentary: 'Fewer young people are unhappy with their lives.' },
  bright_spots_care_leavers_lonely: { annual: true, priority: 5, figures: [16, 12], denominators: [58, 61], scale: 100, target: 15, england: 8, sn: null, region: null, commentary: 'The care leavers’ hub now opens on Saturdays.' },
};

/** The two financial years before the one holding `today`, oldest first ("2024-25", "2025-26"). */
export function lastTwoYears(today: string): string[] {
  const [first] = financialYearOf(today).split('-').map(Number) as [number];
  return [first - 2, first - 1].map((y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`);
}

/** The eight financial-year quarters before the one holding `today`, oldest first ("2024-25 Q3" …). */
export function lastEightQuarters(today: string): string[] {
  const [first] = financialYearOf(today).split('-').map(Number) as [number];
  const month = Number(today.slice(5, 7));
  // 0-based index of today's quarter, counted in quarters from the start of financial year 0.
  const now = first * 4 + Math.floor(((month + 8) % 12) / 3);
  return Array.from({ length: 8 }, (_, i) => {
    const q = now - 8 + i;
    const fy = Math.floor(q / 4);
    return `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${(q % 4) + 1}`;
  });
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Links each preloaded indicator to its priority and writes its eight quarters; run inside the sample's transaction. */
export function fillIndicators(ws: Workspace, priorityId: (n: number) => string, today: string): void {
  for (const ind of listIndicators(ws)) {
    const s = SERIES[ind.code];
    if (!s) continue;
    const { id, principles, ...rest } = ind;
    updateIndicator(ws, id, indicatorInput.parse({ ...rest, principles, priorityIds: [priorityId(s.priority)] }));
    const periods = s.annual ? lastTwoYears(today) : lastEightQuarters(today);
    periods.forEach((period, i) => {
      const n = s.figures[i] ?? 0;
      const d = s.denominators?.[i] ?? null;
      writeValue(ws, id, period, {
        value: d === null ? n : round1((n * (s.scale ?? 1)) / d),
        numerator: d === null ? null : n,
        denominator: d ?? s.cohort?.[i] ?? null,
        target: s.target,
        england: s.england,
        statisticalNeighbours: s.sn,
        region: s.region,
        commentary: i === periods.length - 1 ? s.commentary : '',
      });
    });
  }
}
