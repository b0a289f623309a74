// 简体中文：第 6 课，至多一个（at-most-one）。
import type { Translation } from '../../types.ts';
import type { enAtMostOne } from '../en/at-most-one.ts';

export const zhAtMostOne: Translation<typeof enAtMostOne> = {
  'at-most-one.title': '至多一个（at-most-one）',
  'at-most-one.summary':
    '具有相同标识的两个 pod 绝不能同时运行。为什么控制器宁可等待，也不肯启动一个“双胞胎”；以及要怎样才能打破这条规则。',
  'at-most-one.rule.title': '一个名字，一个 pod',
  'at-most-one.rule.text':
    'StatefulSet 保证每个标识至多只有一个 pod，即 at-most-one 语义：任何时刻，整个集群里至多只有一个 kubia-0 在运行。这为什么重要？kubia-0 把数据存在它的声明 data-kubia-0 上。如果有两个进程都认为自己是 kubia-0，它们就会同时写这份数据，各自覆盖对方的修改而浑然不知，直到数据被写坏。（本课使用书中的 kubia 数据存储，集群里的持久卷是手工创建的。）',
  'at-most-one.wait.title': '慢慢告别',
  'at-most-one.wait.text':
    'kubia 的应用是容器里的第一个进程，它会忽略礼貌的停止信号，所以被删除的 kubia pod 要等 30 秒的宽限期用完、被强行杀掉才会结束。你删除 kubia-0。StatefulSet 什么时候创建新的 kubia-0？',
  'at-most-one.wait.at-once': '立刻在别的节点上创建，好让两个 pod 继续提供服务。',
  'at-most-one.wait.at-once.why':
    '那就意味着最多 30 秒内会有两个 kubia-0，这正是规则所禁止的。控制器会一直等到旧的 pod 对象消失。',
  'at-most-one.wait.after': '等旧的 kubia-0 彻底消失之后才创建。',
  'at-most-one.wait.after.why':
    '答对了。旧对象在 Terminating 期间仍然占着这个名字，而控制器不会创建名字已被占用的 pod。要等 kubelet 确认旧容器已经停止、对象被删除之后，替补才会出现。',
  'at-most-one.wait.renamed': '立刻用别的名字创建，比如 kubia-2。',
  'at-most-one.wait.renamed.why': 'StatefulSet 从不给成员改名。缺失的标识是 kubia-0，只有 kubia-0 才能补上。',
  'at-most-one.wait.reveal':
    '整整 30 秒，kubia-0 一直处于 Terminating，并没有出现第二个 kubia-0。直到旧对象消失，新的才被创建。等待是 at-most-one 的代价，而控制器每次都愿意付出。',
  'at-most-one.blind.title': '当没人能确认的时候',
  'at-most-one.blind.text':
    '等待之所以有效，是因为有人会确认结束：pod 所在节点上的 kubelet 会报告容器已经停止。现在把 kubia-0 所在的 {node} 与控制平面断开。它上面的容器照常运行，但它的 kubelet 再也报告不了任何事情。大约 50 秒后，节点被标记为 NotReady，可 kubia-0 那一行显示的仍是 kubelet 最后一次说的话：Running。',
  'at-most-one.twin.title': '打破规则',
  'at-most-one.twin.text':
    '故意试一次，亲眼看看：让两个 kubia-0 同时运行。模拟器可以用 sim status -o json 显示真实情况（什么东西实际运行在哪里，以及所有同时运行两份的标识，列在 "violations" 下）。',
  'at-most-one.twin.hint1':
    '只要旧的 pod 对象还在，控制器就绝不会启动第二个 kubia-0，而断网的 kubelet 什么也确认不了。还有谁能不等 kubelet 就删掉对象？',
  'at-most-one.twin.hint2':
    '你自己就可以，用强制删除：kubectl delete pod kubia-0 --grace-period=0 --force。然后等新的 kubia-0 起来，再运行 sim status -o json。',
  'at-most-one.damage.title': '两个 kubia-0，一个声明',
  'at-most-one.damage.text':
    'API 里只有一个 kubia-0，是刚在另一个节点上创建的。真实情况却有两个：旧的那个仍在 {node} 上运行，谁也看不见（一个“幽灵”），另外还有新的这个。describe 显示新 pod 使用的声明是 data-kubia-0，正是幽灵还挂载着的那个。如果两个都去写，彼此的修改就会互相抹掉。ReplicaSet 从来不会遇到这个问题：每个替补都有新的随机名字，掉队的旧 pod 和它的替补永远不会争同一个标识。',
  'at-most-one.heal.title': '节点回来了',
  'at-most-one.heal.text':
    '你恢复了 {node} 的网络。它的 kubelet 发现有个容器在运行，而 API 里已经没有它对应的 pod。接下来会怎样？',
  'at-most-one.heal.both': '两个都继续运行，得有人手工清理。',
  'at-most-one.heal.both.why':
    'kubelet 会比较本节点上实际运行的东西和 API 说应该运行的东西；没有 pod 对象的容器会被停掉。',
  'at-most-one.heal.ghost-stops': 'kubelet 停掉幽灵，新的 kubia-0 留下。',
  'at-most-one.heal.ghost-stops.why':
    '答对了。在 kubelet 看来，旧容器是个孤儿：它的 pod 对象已经没了，所以 kubelet 会停掉它。',
  'at-most-one.heal.new-stops': '新的 kubia-0 被停掉，因为旧的先来。',
  'at-most-one.heal.new-stops.why':
    '没有人记录谁先来。对 API 来说，kubia-0 就是另一个节点上的那个新 pod；{node} 的 kubelet 只管它自己节点上的容器。',
  'at-most-one.heal.reveal':
    '不到一分钟，幽灵就消失了，violations 列表也空了。集群重新一致，但在网络断开的那段时间里，两个 kubia-0 确实曾并肩运行。第 9 课会介绍更安全的出路。',
  'at-most-one.recap.title': '小结',
  'at-most-one.recap.text': '宁可晚到，不可重复。',
  'at-most-one.recap.p1':
    'at-most-one：任何时刻，每个标识至多有一个 pod 在运行。控制器要等旧的 pod 对象消失后才创建替补，而 kubelet 要等容器停止后才删除那个对象。',
  'at-most-one.recap.p2':
    '强制删除会跳过这个确认，直接删掉对象。如果旧容器还在运行（它的节点只是断网，并没有宕机），就会有两个同标识、同声明的 pod 同时运行。',
  'at-most-one.recap.p3': 'ReplicaSet 靠随机名字躲开了这个问题；StatefulSet 躲不开，所以它选择等待。',
};
