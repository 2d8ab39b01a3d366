import { catalog, waiting } from './catalog';
import { runCatalog } from './runCatalog';

// The cases that wait, in a file of their own so that jest runs them beside the others.
const tables = Object.entries(catalog).filter(([, cases]) => waiting(cases, 'rateLimit').length > 0);

describe.each(tables)('reliability catalog: %s cases waiting out a rate limit', (group, cases) => runCatalog(group, waiting(cases, 'rateLimit')));
