import { z } from 'zod';

// zod's JIT compiles validators with `new Function`, which the renderer's strict CSP forbids
// (no 'unsafe-eval'). Every module in shared/ that builds schemas imports this first.
z.config({ jitless: true });

export { z };
