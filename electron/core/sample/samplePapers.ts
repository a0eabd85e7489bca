/**
 * The sample's past meetings really published: each meeting already held has its agenda,
 * members' pack and public pack made by publishMeeting (the same papers a clerk's publishing run
 * makes) and kept as publications dated the day the data says they went out (the publication
 * deadline), and only then is it marked held or its minutes approved. So "Published on 12 August"
 * on a held meeting has the papers behind it in its Publishing panel.
 *
 * The pages are laid out through a cache: the sample is rebuilt on every open (and in test after
 * test), and on the same day, from the same data, every layout is the same; laying out is most of
 * the papers' time. One day's layouts are kept: a few hundred kilobytes.
 */
import { ukTimeToUtc } from '../ics';
import { setMeetingStatus } from '../meetings/mutations';
import { publishMeeting } from '../packs/publish';
import { renderInProcess, type PdfRenderer, type RenderResult } from '../packs/render';
import type { Workspace } from '../workspace';
import type { DatedSampleMeeting } from './sampleMeetings';

let lastLayouts: { key: string; layouts: Map<string, RenderResult> } | null = null;

/** `render`, remembering each layout by its definition while `key` (today and the sample data) stays the same. */
function cachedRender(key: string, render: PdfRenderer): PdfRenderer {
  if (lastLayouts?.key !== key) lastLayouts = { key, layouts: new Map() };
  const layouts = lastLayouts.layouts;
  return async (doc, onProgress) => {
    const id = JSON.stringify(doc);
    const known = layouts.get(id);
    if (known) return known;
    const made = await render(doc, onProgress);
    layouts.set(id, made);
    return made;
  };
}

/**
 * Publishes the papers of every meeting already held (oldest first, each on its own publication
 * day, at 10:00 UK time) and then moves it on to its status. `ids` are the meetings' ids in the same order.
 */
export async function publishPastMeetings(
  ws: Workspace,
  meetings: readonly DatedSampleMeeting[],
  ids: readonly string[],
  opts: { today: string; key: string; render?: PdfRenderer },
): Promise<void> {
  const render = cachedRender(opts.key, opts.render ?? renderInProcess);
  for (const [i, m] of meetings.entries()) {
    const id = ids[i];
    if (m.status === 'draft' || m.publishedOn === null || id === undefined) continue;
    await publishMeeting(ws, id, { today: m.publishedOn, publishedAt: ukTimeToUtc(m.publishedOn, '10:00').toISOString(), render });
    setMeetingStatus(ws, { id, status: m.status, publishedOn: m.publishedOn }, opts.today);
  }
}
