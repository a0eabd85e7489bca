/**
 * Saving a file the clerk chose (a PDF, a calendar, a copy of published papers): written to a
 * temporary file beside the destination, flushed, then renamed over it, so a failure at any step
 * leaves the destination as it was, never half-written. Errors say why in plain words.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from './errors';

function saveError(err: unknown, out: string, what: string): AppError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'that folder does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'PanelPack is not allowed to save there'
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? 'the disk is full'
          : code === 'EBUSY' || code === 'EISDIR'
            ? 'a folder or an open file is in the way (close it in your PDF reader and try again)'
            : 'the file could not be written';
  return new AppError('io', `${what} could not be saved to ${out}: ${reason}. Nothing was saved.`);
}

/**
 * Writes `data` to `out` through a temporary file beside it, renamed into place once flushed.
 * `what` names the document in the error ("The agenda pack could not be saved to …").
 */
export async function writeFileAtomic(out: string, data: Uint8Array | string, what: string): Promise<void> {
  const temp = join(dirname(out), `.${basename(out)}.${randomUUID()}.part`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, out);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw saveError(err, out, what);
  }
}
