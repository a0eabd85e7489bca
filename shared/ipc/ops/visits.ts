/** Homes and the rota, visit reports, and the member kit / return bundle exchange (issue 11): core/homes, core/visits, core/exchange. */
import { z } from 'zod';
import type { AttachedReport, WorkspaceSummary } from '../../model/entities';
import { id } from '../../model/schemas';
import type { IdentityFlag } from '../../logic/identity';
import { acceptChoice, dismissFlagInput, fileNewInput, homeInput, recommendationInput, rotaInput, visitFieldInput, visitInput, visitListInput, VISIT_STATUSES, type ExchangeStatus, type ReturnImported, type ReturnMade, type Home, type RotaEntry, type Visit, type VisitListRow, type VisitsOverview } from '../../model/visits';
import { byId, none, op, type AreaOps, type SavedFile } from '../operation';

export const homesOps = {
  /** Homes, with their member visits in the last twelve months and last visit. */
  'homes:list': op(none).returns<Home[]>(),
  'homes:create': op(homeInput).returns<Home>(),
  'homes:update': op(homeInput.extend({ id })).returns<Home>(),
  'homes:delete': op(byId).returns<null>(),
  /** The rota by month (YYYY-MM bounds), each entry with the visit reported against it. */
  'rota:list': op(z.object({ homeId: id.optional(), personId: id.optional(), from: z.string().optional(), to: z.string().optional() }).strict()).returns<RotaEntry[]>(),
  'rota:add': op(rotaInput.strict()).returns<RotaEntry>(),
  'rota:remove': op(byId).returns<null>(),
} satisfies AreaOps<'homes'>;

export const visitsOps = {
  'visits:list': op(visitListInput).returns<VisitListRow[]>(),
  /** One report in full, with the home's earlier recommendations and the progress recorded on each. */
  'visits:get': op(byId).returns<Visit>(),
  /** Overdue rota visits, unreported drafts and homes behind their visits (Home and the Visits screen). */
  'visits:overview': op(none).returns<VisitsOverview>(),
  /** A whole report (the same schema as `panelpack visit add`); the form then saves field by field. */
  'visits:create': op(visitInput).returns<Visit>(),
  /** One field as typed (autosave); answers the saved revision, so the form can say "Saved". */
  'visits:saveField': op(visitFieldInput).returns<{ id: string; revision: number; summaryReady: boolean }>(),
  'visits:delete': op(byId).returns<null>(),
  'visits:addRecommendation': op(recommendationInput.extend({ visitId: id }).strict()).returns<Visit>(),
  'visits:updateRecommendation': op(recommendationInput.extend({ id }).strict()).returns<Visit>(),
  'visits:removeRecommendation': op(byId).returns<Visit>(),
  /** The identity checks of the anonymised summary: every flag, and those not dismissed. */
  'visits:identityFlags': op(byId).returns<{ flags: IdentityFlag[]; unresolved: IdentityFlag[] }>(),
  'visits:dismissFlag': op(dismissFlagInput).returns<Visit>(),
  /** Refused (invalid_input, naming the first flag) while identity flags remain unresolved. */
  'visits:markSummaryReady': op(z.object({ id, ready: z.boolean() }).strict()).returns<Visit>(),
  'visits:setStatus': op(z.object({ id, status: z.enum(VISIT_STATUSES) }).strict()).returns<Visit>(),
  /**
   * Accepts recommendations into the action log, source "Visit": all, those named (`ids`), or those
   * in `choices` with the owner and due date the clerk chose for each action.
   */
  'visits:acceptRecommendations': op(z.object({ visitId: id, ids: z.array(id).optional(), choices: z.array(acceptChoice).min(1, { error: 'Choose a recommendation to accept.' }).optional() }).strict()).returns<Visit>(),
  /** Moves a draft report to another home; refused (conflict, saying why) once it is ready, received or reviewed. */
  'visits:changeHome': op(z.object({ id, homeId: id }).strict()).returns<Visit>(),
  /** The visit report PDF (confidential) or the anonymised summary; asks where to save it; null when cancelled. */
  'visits:printReport': op(z.object({ id, anonymised: z.boolean().default(false) }).strict()).returns<SavedFile | null>(),
  /** A report received as a PDF (an external provider's Regulation 44 report) filed against the visit; asks for the file; null when cancelled. */
  'visits:fileReport': op(byId).returns<Visit | null>(),
  /**
   * A report received as a PDF filed in one step: the home, date and kind, then the host's file
   * dialog; the visit and its file are written together (a refused PDF writes nothing). Null when cancelled.
   */
  'visits:fileNew': op(fileNewInput).returns<Visit | null>(),
  /** A copy of the filed PDF, saved where the Save dialog says (to print it); null when cancelled. */
  'visits:saveFile': op(byId).returns<SavedFile | null>(),
  /** The filed PDF, for the in-app viewer (base64, as publications:read). */
  'visits:readFile': op(byId).returns<{ fileName: string; base64: string }>(),
  /** The visits paper for the item's meeting, attached in one step: "full" (Part II items only) or "summary" (Part I). */
  'visits:attachPaper': op(z.object({ itemId: id, version: z.enum(['full', 'summary']) }).strict()).returns<AttachedReport>(),
} satisfies AreaOps<'visits'>;

export const exchangeOps = {
  /** Whose workspace this is in the exchange (a member's: the board's records are read-only), kits made and bundles imported. */
  'exchange:status': op(none).returns<ExchangeStatus>(),
  /**
   * Imports a member's return bundle the clerk chose (its bytes, base64), optionally accepting its
   * finished reports' recommendations into the action log. A tampered bundle, one signed by anyone
   * else or meant for another workspace is refused (invalid_input, one plain line) with nothing changed.
   */
  'exchange:importReturn': op(
    z
      .object({
        fileName: z.string().trim().max(260).optional(),
        base64: z.base64({ error: 'That file could not be read.' }).min(1, { error: 'Choose a return bundle.' }).max(70_000_000, { error: 'That file is larger than 50 MB: import it with the command line.' }),
        acceptRecommendations: z.boolean().default(false),
      })
      .strict(),
  ).returns<ReturnImported>(),
  /**
   * Makes a member's kit, encrypted with the passphrase the clerk typed twice (12 characters or
   * more), saved where the host's Save dialog says; null when cancelled. Answers the path and what it holds.
   */
  'exchange:makeKit': op(
    z
      .object({
        personId: id,
        passphrase: z.string().refine((p) => p.trim().length >= 12, { error: 'The passphrase must be at least 12 characters (four random words are best).' }),
        confirm: z.string(),
      })
      .strict()
      .refine((v) => v.passphrase === v.confirm, { error: 'The two passphrases are different. Type the same passphrase twice.', path: ['confirm'] }),
  ).returns<{ path: string; memberName: string; holds: string } | null>(),
  /**
   * The member's side: asks the host for a kit to open (remembered in core, never a path from the
   * page); answers its file name, or null when the dialog was cancelled.
   */
  'exchange:chooseKit': op(none).returns<{ fileName: string } | null>(),
  /**
   * Opens the chosen kit with the passphrase (a wrong one, or a damaged kit: invalid_input, one plain
   * line, nothing written), then asks where to save the member workspace and opens it; null when cancelled.
   */
  'exchange:openKit': op(z.object({ passphrase: z.string().min(1, { error: 'Type the passphrase the clerk gave you.' }) }).strict()).returns<WorkspaceSummary | null>(),
  /** In a member workspace: the return bundle of the member's visit reports, saved where the host's Save dialog says; null when cancelled. */
  'exchange:makeReturn': op(none).returns<ReturnMade | null>(),
} satisfies AreaOps<'exchange'>;
