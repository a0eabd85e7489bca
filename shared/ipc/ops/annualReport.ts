/** The annual report's narrative sections (issue 10): core/annualReport/. The report is built by evidence:print with the annual scope. */
import { reportFlagKeepInput, reportSectionAddInput, reportSectionFieldInput, reportSectionReorderInput, reportYearInput, type ReportSection } from '../../model/annualReport';
import { byId, op, type AreaOps } from '../operation';

export const annualReportOps = {
  /** One board year's sections in order, each with its identity flags. */
  'annualReport:list': op(reportYearInput).returns<ReportSection[]>(),
  /** Adds the usual sections (Chair's foreword, …, Priorities for next year) to a year with none; answers the year's sections. */
  'annualReport:start': op(reportYearInput).returns<ReportSection[]>(),
  /** A new section at the end of the year. */
  'annualReport:add': op(reportSectionAddInput).returns<ReportSection>(),
  /** Saves one field (heading, body, placement, public) as the clerk types; answers the section with its identity flags. */
  'annualReport:saveField': op(reportSectionFieldInput).returns<ReportSection>(),
  /** Keeps a flagged word as written (recorded with who and when); while other flags remain, the public version still leaves the section out. */
  'annualReport:keepFlag': op(reportFlagKeepInput).returns<ReportSection>(),
  /** The year's sections in a new order (every one, once). */
  'annualReport:reorder': op(reportSectionReorderInput).returns<ReportSection[]>(),
  'annualReport:remove': op(byId).returns<null>(),
} satisfies AreaOps<'annualReport'>;
