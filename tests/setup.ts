import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(cleanup);

// Testing Library gives up on findBy/waitFor after 1 s; on a busy 2-core machine (CI, or several
// builds at once) a first render that reads IndexedDB can take longer, and the test then failed at
// random. A missing element still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
