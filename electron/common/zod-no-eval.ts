import * as z from 'zod';

// Zod's fast path compiles parsers with `new Function`. The renderer's CSP
// forbids eval (and reports even zod's guarded probe as a violation), and
// shared code must behave the same on every side, so no side uses it.
// Imported first by every module that parses at load time.
z.config({ jitless: true });
