// 简体中文：课程面板、课程目录和首次访问时的邀请（src/view/lesson）。
import type { Translation } from '../../types.ts';
import type { enLessonUi } from '../en/lesson-ui.ts';

export const zhLessonUi: Translation<typeof enLessonUi> = {
  'ui.lesson.panel': '课程',
  'ui.lesson.loading': '正在加载课程…',
  'ui.lesson.badLesson': '链接要打开的课程“{lesson}”不存在。请在下面选一课。',
  'ui.lesson.badStep': '链接要打开第“{step}”步，但本课没有这一步（共 {total} 步）。课程从第 1 步开始。',
  'ui.lesson.dismiss': '知道了',
  'ui.lesson.menuTitle': 'StatefulSet 课程',
  'ui.lesson.menuIntro': '十节短课，不需要任何 Kubernetes 经验。每课都在自己的模拟集群上进行；自由练习的集群保持原样。',
  'ui.lesson.closeMenu': '关闭',
  'ui.lesson.sandbox': '自由练习（沙盒）',
  'ui.lesson.leave': '退出本课',
  'ui.lesson.progress.none': '未开始',
  'ui.lesson.progress.started': '进行中：第 {n} 步，共 {total} 步',
  'ui.lesson.progress.finished': '已完成',
  'ui.lesson.progressForgotten': '你的进度已清除。',
  'ui.lesson.invite': '刚接触 Kubernetes？用十节短课学会 StatefulSet，就在这个实验室里。',
  'ui.lesson.inviteStart': '开始第 1 课',
  'ui.lesson.inviteBrowse': '查看全部课程',
  'ui.lesson.commandsToRun': '这一步会运行：',
  'ui.lesson.commandsRan': '已运行：输出在终端里，图中显示了结果。',
  'ui.lesson.tryCommand': '点击命令即可运行，也可以在终端里输入：',
  'ui.lesson.yourPrediction': '你的预测',
  'ui.lesson.whatHappened': '实际发生了什么',
  'ui.lesson.solution': '参考答案',
  'ui.lesson.watching':
    '集群每次变化时，实验室都会检查你的目标。这里的时间只在你点“播放”或“跳过”时、或者命令在等待时（kubectl rollout status、kubectl wait）才会流逝。点“检查”可以看到还差什么。',
  'ui.lesson.remember': '要点',
  'ui.lesson.completeText': '你学完了第 {n} 课：{title}。',
  'ui.lesson.courseComplete': '这是课程的最后一课。做得好！',
  'ui.lesson.finish': '完成本课',
  'ui.lesson.highlighted': '图中高亮：{objects}',
  'ui.lesson.stepStatus': '本步状态：{status}',
};
