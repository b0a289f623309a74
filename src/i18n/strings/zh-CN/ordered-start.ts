// 简体中文：第 3 课，有序创建与就绪。
import type { Translation } from '../../types.ts';
import type { enOrderedStart } from '../en/ordered-start.ts';

export const zhOrderedStart: Translation<typeof enOrderedStart> = {
  'ordered-start.title': '一个接一个',
  'ordered-start.summary':
    'StatefulSet 按顺序启动 pod，每个都要等前一个运行并就绪之后才创建；只要有一个 pod 没就绪，后面就全部停下。Parallel 策略则是对照。',
  'ordered-start.ready.title': '“就绪”是什么意思',
  'ordered-start.ready.text':
    '集群现在是空的。我们马上要用一个带就绪探针（readiness probe）的清单来创建 web：kubelet（每个节点上的代理程序）每两秒对应用做一次检查，检查通过期间，pod 就是就绪（Ready）的。就绪很重要：只有就绪的 pod 才会收到流量，而且你马上会看到，StatefulSet 会等它就绪。',
  'ordered-start.who-first.title': '谁先来？',
  'ordered-start.who-first.text':
    '你应用这个清单：一个无头服务，加上有两个副本的 StatefulSet web。web-1 什么时候被创建？',
  'ordered-start.who-first.together': '和 web-0 同时创建。',
  'ordered-start.who-first.together.why': '那是 Parallel 策略的做法。默认策略 OrderedReady 一次只创建一个 pod。',
  'ordered-start.who-first.after-ready': '等 web-0 运行并就绪之后才创建。',
  'ordered-start.who-first.after-ready.why':
    '答对了。在默认的 OrderedReady 策略下，控制器先创建 web-0，等它运行并就绪之后，才创建 web-1。',
  'ordered-start.who-first.scheduled': 'web-0 一被调度到节点上就创建。',
  'ordered-start.who-first.scheduled.why': '调度到节点上还不够：控制器要等 web-0 真正运行起来，并通过就绪检查。',
  'ordered-start.who-first.reverse': '先创建 web-1，再创建 web-0。',
  'ordered-start.who-first.reverse.why': '创建总是从最小的顺序索引往上数。从高到低的顺序属于缩容和更新。',
  'ordered-start.who-first.reveal':
    '从上往下读这段 watch 输出：web-0 先是 ContainerCreating，然后是 Running 0/1（已启动，还没通过检查），再变成 1/1（就绪），这之后 web-1 才以 Pending 状态出现。web-1 也照此走一遍。',
  'ordered-start.break.title': '弄坏一个 pod',
  'ordered-start.break.text':
    '让 web-1 的应用通不过就绪检查。（sim readiness 是模拟器用来模拟“应用不再响应”的命令。）运行 sim readiness web-1 fail，观察 READY 降到 0/1，而 STATUS 仍是 Running：容器还在运行，但它表示自己无法提供服务。',
  'ordered-start.stuck.title': '队伍停下了',
  'ordered-start.stuck.text':
    '现在要求第三个 pod。控制器严格按顺序创建 pod，而 web-1 没有就绪，所以 web-2 根本不会被创建，等半分钟也一样。这个集合想要 3 个 pod，却只显示 1 个就绪。',
  'ordered-start.unstick.title': '让队伍重新动起来',
  'ordered-start.unstick.text': '在不删除 StatefulSet 的前提下，让 web-0、web-1、web-2 全部运行并就绪。',
  'ordered-start.unstick.hint1': '控制器在等什么？看看 web-1 的 READY 列。',
  'ordered-start.unstick.hint2':
    '让 web-1 重新通过就绪检查：sim readiness web-1 pass。（删除 web-1 也行：替补上来的 pod 一开始是健康的。）',
  'ordered-start.parallel.title': '另一种策略：Parallel',
  'ordered-start.parallel.text':
    'podManagementPolicy: Parallel 去掉了等待。已有的 StatefulSet 不能修改这个字段，所以我们先删除 web（它的声明会留下来），再应用 web-parallel.yaml：同样的集合，改用 Parallel，也没有就绪探针。两个 pod 同时启动。',
  'ordered-start.scale-parallel.title': '并行扩容',
  'ordered-start.scale-parallel.text':
    'Parallel 集合现在有两个就绪的 pod。你把它扩容到五个。web-2、web-3、web-4 会怎样被创建？',
  'ordered-start.scale-parallel.one-by-one': '一个接一个，每个都等前一个就绪之后。',
  'ordered-start.scale-parallel.one-by-one.why': '那是你一开始看到的默认策略 OrderedReady。',
  'ordered-start.scale-parallel.together': '三个同时创建。',
  'ordered-start.scale-parallel.together.why': '答对了。Parallel 在同一轮里创建所有缺少的 pod，不等它们就绪。',
  'ordered-start.scale-parallel.highest': '先 web-4，再 web-3，最后 web-2。',
  'ordered-start.scale-parallel.highest.why': '没有哪种策略会从高往低创建 pod。Parallel 只是完全不等待而已。',
  'ordered-start.scale-parallel.reveal':
    '三个 pod 在同一瞬间出现，谁先启动完谁就先就绪。Parallel 只影响扩缩容：更新时仍然一次只替换一个 pod。',
  'ordered-start.recap.title': '小结',
  'ordered-start.recap.text': 'OrderedReady：一次一个，就绪之后再下一个。',
  'ordered-start.recap.p1':
    '默认情况下（OrderedReady），pod 从最小的顺序索引开始往上创建，每个都要等前面所有的 pod 运行并就绪之后。',
  'ordered-start.recap.p2': '只要有一个 pod 没有就绪，队伍就停下：在它恢复之前，后面的 pod 都不会被创建。',
  'ordered-start.recap.p3':
    'podManagementPolicy: Parallel 创建（和删除）pod 时不等待。它只影响扩缩容，而且已有的集合不能修改它。',
};
