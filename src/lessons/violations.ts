// Watching the ground truth for at-most-one violations over a stretch of virtual time, so a goal
// can ask "did two copies of an identity ever run during this step?" and not only "now?".
import type { World } from '../sim/engine/world.ts';
import type { Timeline } from '../timeline/timeline.ts';
import { ghosts, groundTruthViolations } from './world-queries.ts';

export class ViolationWatch {
  /** Identity → first virtual ms it was seen running twice. */
  private found: Record<string, number> = {};
  /** Ground truth has been sampled up to this virtual ms. */
  private scannedTo: number;
  private ghostAtScan = false;

  constructor(private readonly timeline: Timeline) {
    this.scannedTo = timeline.head;
  }

  /** Violations seen since the last `forget`. */
  seen(): Record<string, number> {
    return { ...this.found };
  }

  /** Starts counting afresh (a new step begins). */
  forget(): void {
    this.found = {};
  }

  /**
   * Samples the ground truth since the last scan. Two copies of one identity can only coexist
   * while a ghost (a container whose pod object is gone) runs, so the moments in between are
   * looked at only when a ghost existed at either end; then the world at every marker in the
   * interval (a pod created, Ready, gone…) is checked, since that is where a twin starts running.
   */
  scan(): void {
    const tl = this.timeline;
    const head = tl.head;
    const end = tl.worldAt(head);
    const ghostNow = ghosts(end).length > 0;
    if ((this.ghostAtScan || ghostNow) && head > this.scannedTo)
      for (const m of tl.markers) if (m.at > this.scannedTo && m.at < head) this.record(tl.worldAt(m.at), m.at);
    this.record(end, head);
    this.scannedTo = head;
    this.ghostAtScan = ghostNow;
  }

  private record(world: World, at: number): void {
    for (const v of groundTruthViolations(world)) this.found[v] ??= at;
  }
}
