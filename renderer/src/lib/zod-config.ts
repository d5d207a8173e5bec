import { z } from 'zod';

// Zod's fast path compiles parsers with `new Function`, which our CSP forbids
// ('unsafe-eval' is never allowed); jitless parsing needs no eval at all.
z.config({ jitless: true });
