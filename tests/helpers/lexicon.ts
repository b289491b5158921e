import path from 'node:path';
import { loadLexicon } from '../../lib/banners/compounds.ts';
import { loadReferenceData } from '../../lib/content/reference.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

/** The project's own lexicon: data/tu-ghep.yaml and the names of its reference data. */
export const PROJECT_LEXICON = loadLexicon(DATA_DIR, loadReferenceData(DATA_DIR));
