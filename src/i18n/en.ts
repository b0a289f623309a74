// The English string table: the source of truth for every message key (src/i18n/types.ts).
// Each part lives in strings/en/; a part added here must be added to zh-CN.ts too.
import { enUi } from './strings/en/ui.ts';
import { enLessonUi } from './strings/en/lesson-ui.ts';
import { enGoals } from './strings/en/goals.ts';
import { enCattleVsCows } from './strings/en/cattle-vs-cows.ts';
import { enStableIdentity } from './strings/en/stable-identity.ts';
import { enOrderedStart } from './strings/en/ordered-start.ts';
import { enScaling } from './strings/en/scaling.ts';
import { enStorage } from './strings/en/storage.ts';
import { enAtMostOne } from './strings/en/at-most-one.ts';
import { enDeploying } from './strings/en/deploying.ts';
import { enPeerDiscovery } from './strings/en/peer-discovery.ts';
import { enNodeFailure } from './strings/en/node-failure.ts';
import { enUpdates } from './strings/en/updates.ts';

export const en = {
  ...enUi,
  ...enLessonUi,
  ...enGoals,
  ...enCattleVsCows,
  ...enStableIdentity,
  ...enOrderedStart,
  ...enScaling,
  ...enStorage,
  ...enAtMostOne,
  ...enDeploying,
  ...enPeerDiscovery,
  ...enNodeFailure,
  ...enUpdates,
} as const;
