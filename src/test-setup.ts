// Vitest setup: Node has the whole app at hand, so timelines get the command executor
// synchronously (the browser loads it after the first paint; see src/timeline/executor.ts).
import { sessionFor } from './commands/index.ts';
import { provideExecutor } from './timeline/executor.ts';

provideExecutor(sessionFor);
