// The course's Simplified Chinese text (lesson narrations, questions and goals), loaded apart
// from the shell's table (zh-CN.ts) when a lesson is about to be shown (`loadCourseText`).
import type { enCourse } from './en-course.ts';
import type { Translation } from './types.ts';
import { zhGoals } from './strings/zh-CN/goals.ts';
import { zhCattleVsCows } from './strings/zh-CN/cattle-vs-cows.ts';
import { zhStableIdentity } from './strings/zh-CN/stable-identity.ts';
import { zhOrderedStart } from './strings/zh-CN/ordered-start.ts';
import { zhScaling } from './strings/zh-CN/scaling.ts';
import { zhStorage } from './strings/zh-CN/storage.ts';
import { zhAtMostOne } from './strings/zh-CN/at-most-one.ts';
import { zhDeploying } from './strings/zh-CN/deploying.ts';
import { zhPeerDiscovery } from './strings/zh-CN/peer-discovery.ts';
import { zhNodeFailure } from './strings/zh-CN/node-failure.ts';
import { zhUpdates } from './strings/zh-CN/updates.ts';

export const zhCNCourse: Translation<typeof enCourse> = {
  ...zhGoals,
  ...zhCattleVsCows,
  ...zhStableIdentity,
  ...zhOrderedStart,
  ...zhScaling,
  ...zhStorage,
  ...zhAtMostOne,
  ...zhDeploying,
  ...zhPeerDiscovery,
  ...zhNodeFailure,
  ...zhUpdates,
};
