// The lab the page runs on, handed down by context so views work with any lab (tests build their
// own); plus atomic subscriptions to its store and the world at the cursor.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { World } from '../../sim/engine/world.ts';
import type { Lab, LabState } from '../../store/lab.ts';
import type { TimelineEntry } from '../../timeline/timeline.ts';

export const LabContext = createContext<Lab | null>(null);

export function useLab(): Lab {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('StatefulSet Lab: a view was rendered outside <LabContext>');
  return lab;
}

/** One slice of the lab's state; use atomic selectors. */
export function useLabState<T>(selector: (s: LabState) => T): T {
  return useStore(useLab().store, selector);
}

/** The world at the cursor, re-read whenever the timeline or the cursor changes. */
export function useWorld(): World {
  const lab = useLab();
  useStore(lab.store, (s) => s.version);
  return lab.worldNow();
}

/** Commands run from buttons, so the terminal can say where a line came from. */
const fromGui = new WeakSet<TimelineEntry>();

export function ranFromGui(entry: TimelineEntry): boolean {
  return fromGui.has(entry);
}

/** Runs a GUI action's command through the same executor as the terminal (with files saved first). */
export function runFromGui(lab: Lab, line: string, files?: Readonly<Record<string, string>>) {
  const entry = lab.runCommand(line, files);
  if (entry) fromGui.add(entry);
  return entry;
}
