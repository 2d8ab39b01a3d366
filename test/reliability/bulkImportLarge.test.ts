import { bulkImportLargeCases } from './bulkImportCases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: Bulk Import of a large file', () => runCatalog('input', bulkImportLargeCases));
