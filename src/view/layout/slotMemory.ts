// Remembers the last layout of one picture so the next one can keep every cow in its spot.
// One instance per picture; scrubbing to any instant still draws that instant's state, only the
// choice among free slots depends on what was drawn before.
import { layoutCluster, type ClusterLayout, type Size } from './clusterLayout.ts';
import type { World } from '../../sim/engine/world.ts';
import type { PictureFilter } from './scene.ts';
import type { DisplayLang } from '../../i18n/index.ts';

export class SlotMemory {
  private last: ClusterLayout | undefined;

  layout(world: World, size: Size, filter: PictureFilter = 'all', lang: DisplayLang = 'en'): ClusterLayout {
    const next = layoutCluster(world, size, { filter, lang, ...(this.last ? { previous: this.last } : {}) });
    this.last = next;
    return next;
  }

  forget(): void {
    this.last = undefined;
  }
}
