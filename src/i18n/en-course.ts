// The course's English text: lesson narrations, questions and goals. The browser loads it apart
// from the shell's table (en.ts), when a lesson is about to be shown (`loadCourseText`).
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

export const enCourse = {
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
