import { defineArea } from '../area';
import { addSection, keepFlag, removeSection, reorderSections, saveSectionField, startYear } from './mutations';
import { listSections } from './queries';

/** The annual report's narrative sections (issue 10); the report itself is the evidence pack's annual report preset. */
export const annualReportArea = defineArea('annualReport', ({ need, today }) => ({
  'annualReport:list': ({ year }) => listSections(need(), year, today()),
  'annualReport:start': (input) => startYear(need(), input, today()),
  'annualReport:add': (input) => addSection(need(), input, today()),
  'annualReport:saveField': (input) => saveSectionField(need(), input, today()),
  'annualReport:keepFlag': (input) => keepFlag(need(), input, today()),
  'annualReport:reorder': (input) => reorderSections(need(), input, today()),
  'annualReport:remove': ({ id }) => {
    removeSection(need(), id);
    return null;
  },
}));
