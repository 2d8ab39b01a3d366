import { bulkImportInputCases, bulkImportServerCases } from './bulkImportCases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: Bulk Import input', () => runCatalog('input', bulkImportInputCases));
describe('reliability catalog: Bulk Import server', () => runCatalog('server', bulkImportServerCases));
