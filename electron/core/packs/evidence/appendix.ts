/**
 * The evidence pack's appendix: the evidence files (PDFs kept against actions or their updates,
 * core/evidenceFiles/) of the actions in scope, merged in after the sections through the binder's
 * `{ file }` parts, so each is opened as at attach, sanitised (no scripts, launch actions, forms or
 * embedded files reach the pack) and copied once.
 *
 *  - Which files: for each action in scope, in the order of the actions, its own files and those
 *    of its updates in the pack's window (an update left out of the pack takes its files with it).
 *    **The public version is redacted here, before any layout**: only files marked public are read
 *    into it, so a members-only file's title, pages and bytes never reach the public pack.
 *  - The appendix section (the body's last): a page listing the files by action (what each
 *    evidences, who added it and when), whose heading is the appendix's start in the contents and
 *    outline; each file is an entry under it, starting on the page the binder puts it on.
 *  - Each file's pages carry the binder's "Page N of M" stamp and a banner naming its action
 *    ("Evidence for action 2.3"; members' version: ", members only" for a file not for publication).
 */
import { longDate } from '../../../../shared/logic/dates';
import type { EvidenceFile } from '../../../../shared/model/evidenceFiles';
import { evidenceFilesOf } from '../../evidenceFiles/queries';
import type { Workspace } from '../../workspace';
import type { BinderFile } from '../binder';
import type { PdfContent } from '../paper';
import { facts, heading } from './blocks';
import type { EvidenceAction, EvidenceData } from './evidenceData';
import type { EvidenceSection } from './sections';

export interface AppendixFile {
  id: string;
  actionId: string;
  /** "2.3 Care leavers' council tax exemption". */
  action: string;
  reference: string;
  title: string;
  sha256: string;
  pages: number;
  /** The update it evidences (its date), or null for the action as a whole. */
  updateDate: string | null;
  addedBy: string;
  addedOn: string;
  membersOnly: boolean;
}

/** The evidence files of the actions in scope, for one version (public: files marked public only). */
export function appendixFiles(ws: Workspace, actions: readonly EvidenceAction[], members: boolean, window: { from: string | null; to: string | null }): AppendixFile[] {
  const byAction = evidenceFilesOf(ws, actions.map((a) => a.id));
  const inWindow = (f: EvidenceFile): boolean => f.updateDate === null || ((window.from === null || f.updateDate >= window.from) && (window.to === null || f.updateDate <= window.to));
  return actions.flatMap((a) =>
    (byAction.get(a.id) ?? [])
      .filter((f) => (members || f.visibility === 'public') && (f.updateId === null || inWindow(f)))
      .map((f) => ({
        id: f.id,
        actionId: a.id,
        action: `${a.reference} ${a.title}`,
        reference: a.reference,
        title: f.title,
        sha256: f.fileSha256,
        pages: f.pages,
        updateDate: f.updateDate,
        addedBy: f.addedBy,
        addedOn: f.createdAt.slice(0, 10),
        membersOnly: f.visibility === 'members',
      })),
  );
}

/** The contents' and outline's id of a file's first page. */
export const appendixId = (f: Pick<AppendixFile, 'id'>): string => `evidence-file-${f.id}`;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What a file evidences, in words. */
const evidences = (f: AppendixFile): string => (f.updateDate ? `The update of ${longDate(f.updateDate)}` : 'The action as a whole');

export const appendixSection: EvidenceSection = {
  key: 'appendix',
  title: 'Appendix: evidence files',
  build(d, t) {
    if (d.evidenceFiles.length === 0) return null;
    const content: PdfContent[] = [
      heading(this.key, this.title),
      {
        text:
          d.version === 'public'
            ? 'The files the board keeps as evidence for the actions in scope and has marked public, in the order of the actions. Each follows this page; the contents give the page each starts on.'
            : 'The files the board keeps as evidence for the actions in scope, in the order of the actions. Each follows this page; the contents give the page each starts on. Files marked members only are not in the public version.',
        style: 'body',
        margin: [0, 0, 0, 8],
      },
    ];
    let last = '';
    for (const f of d.evidenceFiles) {
      if (f.actionId !== last) content.push({ text: f.action, style: 'h2' });
      last = f.actionId;
      const rows: [string, PdfContent][] = [
        ['Evidence for', evidences(f)],
        ['Pages', plural(f.pages, 'page')],
        ['Added', `By ${f.addedBy} on ${longDate(f.addedOn)}`],
      ];
      if (d.version === 'members') rows.push(['Public version', f.membersOnly ? 'Not included: members only' : 'Included']);
      content.push({ stack: [{ text: f.title, style: 'h3' }, facts(t, rows)], unbreakable: true, margin: [0, 0, 0, 8] });
    }
    return { content, entries: d.evidenceFiles.map((f) => ({ id: appendixId(f), title: `${f.reference}: ${f.title}` })) };
  },
};

/** The files as the binder's parts, each with its banner. */
export function appendixParts(d: Pick<EvidenceData, 'evidenceFiles' | 'version'>): { id: string; title: string; file: BinderFile; banner: string }[] {
  return d.evidenceFiles.map((f) => ({
    id: appendixId(f),
    title: f.title,
    file: { sha256: f.sha256, pages: f.pages },
    banner: `Evidence for action ${f.reference}${d.version === 'members' && f.membersOnly ? ', members only: not for the public version' : ''}`,
  }));
}
