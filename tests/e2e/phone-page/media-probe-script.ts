// Bundled on its own as a classic script (tests/support/phone-page.ts) and run before any page script.
import { installMediaProbe } from './media-probe.ts';
import type { MediaProbeGlobals } from './phone-page-api.ts';

(globalThis as MediaProbeGlobals).mediaProbe = installMediaProbe();
