// 简体中文：页面的致谢（构建附带的第三方许可证清单）。
import type { Translation } from '../../types.ts';
import type { enRobust } from '../en/robust.ts';

export const zhRobust: Translation<typeof enRobust> = {
  'robust.licenses': '第三方许可证',
};
