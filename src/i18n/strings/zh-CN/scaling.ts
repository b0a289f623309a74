// 简体中文：第 4 课，扩容与缩容。
import type { Translation } from '../../types.ts';
import type { enScaling } from '../en/scaling.ts';

export const zhScaling: Translation<typeof enScaling> = {
  'scaling.title': '扩容与缩容',
  'scaling.summary':
    '扩容会添加后面的顺序索引；缩容则先删索引最大的 pod，一次只删一个，所有声明都保留，而且只要有 pod 不健康就会停下。',
  'scaling.up.title': '扩容',
  'scaling.up.text':
    'web 现在有两个 pod。把它扩容到四个：kubectl scale sts web --replicas=4。扩容会添加接下来的空闲顺序索引，先 web-2 再 web-3，每个都等前一个就绪之后。',
  'scaling.down-first.title': '谁先离开？',
  'scaling.down-first.text': '你把 web 从四个 pod 缩容到两个。最先被删除的是哪个 pod？',
  'scaling.down-first.oldest': 'web-0，最老的那个。',
  'scaling.down-first.oldest.why': '年龄无关紧要。缩容后保留的是顺序索引 0 到 N-1，超出范围的 pod 从索引最大的开始删。',
  'scaling.down-first.highest': 'web-3，顺序索引最大的那个。',
  'scaling.down-first.highest.why': '答对了。索引最大的先走，下一个要等它彻底消失之后才轮到。',
  'scaling.down-first.both': 'web-2 和 web-3 同时被删。',
  'scaling.down-first.both.why':
    '只有 Parallel 策略才会同时删。默认情况下 StatefulSet 一次只拿走一个 pod：一次下线多个成员，正是有状态系统丢数据的原因。',
  'scaling.down-first.random': '随便哪个，由控制器挑。',
  'scaling.down-first.random.why': 'ReplicaSet 会自己挑；StatefulSet 从来不挑，顺序永远是从最大的索引往下。',
  'scaling.down-first.reveal':
    '命令刚执行完，web-3 就处于 Terminating，而 web-2 还在运行。要等 web-3 完全消失，才轮到 web-2。',
  'scaling.down-rest.title': '声明留了下来',
  'scaling.down-rest.text':
    '看着 web-3 消失后 web-2 接着离开。然后列出所有声明：缩容只删除 pod，从不删除它们的声明。www-web-2 和 www-web-3 带着数据，等待同名的 pod 回来。',
  'scaling.sick.title': '一个生病的 pod',
  'scaling.sick.text': '先恢复到四个 pod。然后 web-1 的应用开始通不过就绪检查：web-1 处于 Running，但没有就绪（0/1）。',
  'scaling.halt.title': '带着病号缩容',
  'scaling.halt.text': 'web-1 没有就绪。你把 web 从四个缩容到两个。会发生什么？',
  'scaling.halt.as-usual': '和平时一样，先删 web-3，再删 web-2。',
  'scaling.halt.as-usual.why':
    '在默认的 OrderedReady 策略下，只要有 pod 没有运行并就绪，扩缩容就会停下：集合已经缺了一个健康成员，控制器不会再拿走别的成员。',
  'scaling.halt.wait': '在 web-1 恢复就绪之前，什么都不会删。',
  'scaling.halt.wait.why':
    '答对了。控制器从 web-0 开始往上检查每个 pod，遇到第一个没有运行并就绪的就停下，所以根本走不到那些该删的 pod。',
  'scaling.halt.sick-first': '先删 web-1，因为它不健康。',
  'scaling.halt.sick-first.why':
    '缩容只会删除索引最大的那些 pod。web-1 仍在保留范围内（保留的是索引 0 和 1），永远不会被选中。',
  'scaling.halt.restart': 'Kubernetes 先重启 web-1，然后再缩容。',
  'scaling.halt.restart.why':
    '就绪检查失败不会重启任何东西，只会把 pod 标记为未就绪。失败时重启容器是存活探针（liveness probe）的职责。',
  'scaling.halt.reveal':
    '半分钟过去，四个 pod 全都还在，READY 显示 3/2：三个就绪的 pod，目标却是两个。控制器在等 web-1。',
  'scaling.finish.title': '完成缩容',
  'scaling.finish.text': '让缩容顺利完成：最后 web 应该正好剩两个 pod，并且都已就绪。',
  'scaling.finish.hint1': '控制器在等什么？唯一没有就绪的 pod 是 web-1。',
  'scaling.finish.hint2': '运行 sim readiness web-1 pass，然后看着 web-3 和 web-2 一个接一个离开。',
  'scaling.recap.title': '小结',
  'scaling.recap.text': '扩容从下往上，缩容从上往下，一次一个。',
  'scaling.recap.p1': '扩容会创建接下来的顺序索引，从小到大，每个都等前一个就绪之后。',
  'scaling.recap.p2': '缩容从索引最大的 pod 开始删，一次一个，每个都等前一个彻底消失之后。声明都会保留。',
  'scaling.recap.p3': '在默认的 OrderedReady 模式下，只要有一个 pod 没有运行并就绪，扩容和缩容都会暂停，直到它恢复。',
};
