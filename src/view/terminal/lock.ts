// Why the terminal is disabled right now (a lesson's prediction waits for its answer), or null.
import { createContext } from 'react';

export const TerminalLockContext = createContext<string | null>(null);
