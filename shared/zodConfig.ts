import { z } from 'zod';
import { plainMessage } from './plainMessages';

// zod's JIT compiles validators with `new Function`, which the renderer's strict CSP forbids
// (no 'unsafe-eval'). Officers read validation messages at the field, so zod's own English
// ("Too big: expected string to have <=200 characters") is replaced by plain words; a schema's own
// message still wins. Every module in shared/ that builds schemas imports this first.
z.config({ jitless: true, customError: plainMessage });

export { z };
