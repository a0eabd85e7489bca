/**
 * The annual report's narrative sections for one board year (issue 10): the Evidence screen's
 * editor, shown when the annual report preset is chosen. Each field is saved on its own as the
 * clerk types (annualReport:saveField); core answers the section with its identity flags.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ReportSection, ReportSectionAddInput, ReportSectionFieldInput } from '@shared/model/annualReport';
import { call } from '../api';
import { resetWithWorkspace } from './reset';

export const useAnnualReportStore = defineStore('annualReport', () => {
  /** The year the sections are for ("2025-26"), or '' before one is loaded. */
  const year = ref('');
  const sections = ref<ReportSection[]>([]);

  /** Throws ApiError (a year not written as 2025-26 is refused by core). */
  async function load(y: string): Promise<void> {
    const list = await call('annualReport:list', { year: y });
    year.value = y;
    sections.value = list;
  }

  /** The usual sections, for a year with none. */
  async function start(): Promise<void> {
    sections.value = await call('annualReport:start', { year: year.value });
  }

  async function add(input: Omit<ReportSectionAddInput, 'year'>): Promise<ReportSection> {
    const s = await call('annualReport:add', { ...input, year: year.value });
    sections.value = [...sections.value, s];
    return s;
  }

  async function saveField(input: ReportSectionFieldInput): Promise<ReportSection> {
    const s = await call('annualReport:saveField', input);
    sections.value = sections.value.map((x) => (x.id === s.id ? s : x));
    return s;
  }

  /** Keeps a flagged word as written (recorded by core with who and when). */
  async function keepFlag(id: string, key: string, text: string): Promise<void> {
    const s = await call('annualReport:keepFlag', { id, key, text });
    sections.value = sections.value.map((x) => (x.id === s.id ? s : x));
  }

  /** Moves the section at `index` up (-1) or down (1). */
  async function move(index: number, delta: -1 | 1): Promise<void> {
    const ids = sections.value.map((s) => s.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + delta, 0, moved);
    sections.value = await call('annualReport:reorder', { year: year.value, ids });
  }

  async function remove(id: string): Promise<void> {
    await call('annualReport:remove', { id });
    sections.value = await call('annualReport:list', { year: year.value });
  }

  return { year, sections, load, start, add, saveField, keepFlag, move, remove };
});

resetWithWorkspace(useAnnualReportStore);
