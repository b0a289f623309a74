import { useStore } from 'zustand';
import { appStore, type AppState } from './store.ts';

/** Subscribes a component to one slice of the app store. Use atomic selectors. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
