// Imports the app's core table as Electron's main process does, and nothing else (lazyLoad.test.ts).
import { createApi } from '../../electron/core/api';

if (typeof createApi !== 'function') throw new Error('createApi is missing');
