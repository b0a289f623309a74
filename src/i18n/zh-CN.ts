// The Simplified Chinese string table. Typed as `Messages`: a key missing here, or one English
// doesn't have, is a type error. Vocabulary follows the source notes (有状态/无状态, 顺序索引,
// 扩容/缩容, 持久卷声明, 无头服务, 伙伴节点, SRV 记录, 强制删除…); commands, object names and
// kubectl output stay exactly as kubectl prints them.
import type { Messages } from './types.ts';
import { zhUi } from './strings/zh-CN/ui.ts';
import { zhLessonUi } from './strings/zh-CN/lesson-ui.ts';
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

export const zhCN: Messages = {
  ...zhUi,
  ...zhLessonUi,
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
