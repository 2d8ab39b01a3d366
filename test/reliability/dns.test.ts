import nock from 'nock';

import { dnsCases } from './dnsCases';
import { runCatalog } from './runCatalog';

// Only this file loads nock. No request may leave the machine: the emulator (127.0.0.1) is reached
// for real, every other host only through the interceptors the cases declare.
beforeAll(() => {
	nock.disableNetConnect();
	nock.enableNetConnect((host) => /^127\.0\.0\.1(:\d+)?$/.test(host));
});
afterAll(() => {
	nock.cleanAll();
	nock.enableNetConnect();
	nock.restore();
});

describe('reliability catalog: DNS failures (nock)', () => runCatalog('credential', dnsCases));
