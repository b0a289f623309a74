// The inspector's per-kind details load on demand (a chunk of their own); the page starts the
// fetch right after its first paint so the first click finds them here.
export const loadInspectorBody = () => import('./InspectorBody.tsx');

export function preloadInspector(): void {
  void loadInspectorBody();
}
