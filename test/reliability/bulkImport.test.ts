import { bulkImportInputCases, bulkImportServerCases } from './bulkImportCases';
import { quick } from './catalog';
import { runCatalog } from './runCatalog';

describe('reliability catalog: Bulk Import input', () => runCatalog('input', quick(bulkImportInputCases)));
describe('reliability catalog: Bulk Import server', () => runCatalog('server', quick(bulkImportServerCases)));
