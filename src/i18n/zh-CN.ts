// The Simplified Chinese table of the app shell (the course's text is in zh-CN-course.ts). Typed
// from en.ts: a key missing here, or one English doesn't have, is a type error. Vocabulary follows the source notes (有状态/无状态, 顺序索引,
// 扩容/缩容, 持久卷声明, 无头服务, 伙伴节点, SRV 记录, 强制删除…); commands, object names and
// kubectl output stay exactly as kubectl prints them.
import type { en } from './en.ts';
import type { Translation } from './types.ts';
import { zhUi } from './strings/zh-CN/ui.ts';
import { zhRobust } from './strings/zh-CN/robust.ts';
import { zhClassroom } from './strings/zh-CN/classroom.ts';
import { zhLessonUi } from './strings/zh-CN/lesson-ui.ts';
import { zhEditor } from './strings/zh-CN/editor.ts';
import { zhApp } from './strings/zh-CN/app.ts';
import { zhPanels } from './strings/zh-CN/panels.ts';
import { zhInspector } from './strings/zh-CN/inspector.ts';
import { zhPicture } from './strings/zh-CN/picture.ts';

export const zhCN: Translation<typeof en> = {
  ...zhUi,
  ...zhRobust,
  ...zhClassroom,
  ...zhLessonUi,
  ...zhEditor,
  ...zhApp,
  ...zhPanels,
  ...zhInspector,
  ...zhPicture,
};
