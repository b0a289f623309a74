// 简体中文：第 9 课，节点故障。
import type { Translation } from '../../types.ts';
import type { enNodeFailure } from '../en/node-failure.ts';

export const zhNodeFailure: Translation<typeof enNodeFailure> = {
  'node-failure.title': '节点失效的时候',
  'node-failure.summary':
    '按时间顺序看一个节点失联的 pod 会经历什么：NotReady、卡在 Terminating 的 pod、毫无作用的删除、强制删除及其留下的“幽灵”，以及安全的出路。',
  'node-failure.normal.title': '正常情况',
  'node-failure.normal.text':
    '先看日常情况。当 pod 在一个健康的节点上失效（这里我们删除 kubia-1），该节点的 kubelet 会停止容器并确认，随后 StatefulSet 以同样的名字、同样的声明重新创建 kubia-1。之所以要 30 秒，只是因为 kubia 会忽略礼貌的停止信号。请留意 kubia-0 运行在哪里：{node}。',
  'node-failure.cut.title': '拔掉网线',
  'node-failure.cut.text':
    '现在看异常情况，从这里开始请留意时钟。把 {node} 的网络断开：运行 sim partition {node}。它的 kubelet 再也联系不上控制平面，但节点上什么都没有停：kubia-0 照常运行。此刻 kubectl 看不出任何异样，因为控制平面还不知道。',
  'node-failure.cut.what': '断开 {node} 的网络（sim partition {node}）',
  'node-failure.not-ready.title': '一分钟后',
  'node-failure.not-ready.text':
    '大约一分钟过去了，{node} 一直没有音讯。kubectl get nodes 和 kubectl get pods 会显示什么？',
  'node-failure.not-ready.running': '{node} 是 NotReady；kubia-0 仍显示 1/1 Running。',
  'node-failure.not-ready.running.why':
    '答对了。超过 50 秒没有心跳（v1.32 起的默认值），节点控制器就把 {node} 的状态标为 Unknown，kubectl 显示为 NotReady。kubia-0 那一行重复的仍是 kubelet 最后一次的报告；只有 pod 的 Ready 条件被改成了 False，所以集合只算 3 个里有 2 个就绪。',
  'node-failure.not-ready.unknown': '{node} 是 NotReady；kubia-0 显示 Unknown。',
  'node-failure.not-ready.unknown.why':
    '那是书中 Kubernetes 1.7 的输出。如今的 kubectl 会继续显示 kubelet 最后报告的状态 1/1 Running，尽管这个 pod 已经不再算作就绪。',
  'node-failure.not-ready.moved': 'kubia-0 已经在别的节点上重建了。',
  'node-failure.not-ready.moved.why': '现在还什么都没删。pod 会容忍节点失联 300 秒，以防它回来，之后才会被驱逐。',
  'node-failure.not-ready.nothing': '什么都没变：{node} 仍然是 Ready。',
  'node-failure.not-ready.nothing.why': '宽限期（50 秒）一过，节点控制器就会发现心跳中断，并把节点标记为 NotReady。',
  'node-failure.not-ready.reveal':
    '{node} 变成了 NotReady，集合显示 2/3 就绪，可 kubia-0 那一行仍写着 1/1 Running：那是断网之前的旧消息。',
  'node-failure.countdown.title': '倒计时',
  'node-failure.countdown.text':
    '在幕后，{node} 被加上了两个污点（taint，让 pod 远离节点的标记）：unreachable:NoSchedule，不再往那里放新 pod；unreachable:NoExecute，驱逐所有不容忍它的 pod。kubia-0 对它的容忍时间是 300 秒（见 describe 输出里的 Tolerations），所以一个五分钟的倒计时已经开始。它的 Ready 条件是 False，所以 DNS 已经把它剔除：SRV 应答里只剩 kubia-1 和 kubia-2。',
  'node-failure.stuck.title': '五分钟后',
  'node-failure.stuck.text': '300 秒到了，{node} 仍然断着网。kubia-0 会怎样？',
  'node-failure.stuck.stuck': '它变成 Terminating，并且一直停在那里；不会启动替补。',
  'node-failure.stuck.stuck.why':
    '答对了。驱逐就是一次普通的、优雅的删除：它要等 {node} 的 kubelet 确认容器已停止。这个确认永远到不了，所以对象一直留着，kubia-0 这个名字也一直被占着。',
  'node-failure.stuck.replaced': '它被删除，并在健康的节点上重建。',
  'node-failure.stuck.replaced.why':
    '删除是删除了，但优雅删除要等 kubelet 确认才算完成，而 {node} 的 kubelet 联系不上。在那之前，kubia-0 这个名字一直被占用，StatefulSet 无法创建替补。',
  'node-failure.stuck.running': '什么都不会发生：它一直是 Running，直到 {node} 回来。',
  'node-failure.stuck.running.why': '300 秒的容忍时间一到，pod 就会被驱逐：它得到一个删除时间戳，显示为 Terminating。',
  'node-failure.stuck.gone': '它被移除，集合缩减为两个 pod。',
  'node-failure.stuck.gone.why': '集合仍然想要三个副本，只是在旧对象还在的时候，它没法创建 kubia-0。',
  'node-failure.stuck.reveal':
    'kubia-0 处于 Terminating，AGE 还是原来的，仍在 {node} 上；两分钟后依然纹丝不动。旧 pod 删不掉，新 pod 建不了，而且在看不见的地方，旧容器其实还在运行。',
  'node-failure.graceful.title': '直接删掉它？',
  'node-failure.graceful.text':
    '最顺手的办法：自己删掉这个 pod。kubectl 提示已删除……然后就开始等它消失，永远等下去（模拟器在 60 秒后停止等待）。你的删除请求和驱逐是同一种请求：它同样要等 {node} 的确认，而这个确认不可能到来。还是同一个 pod，AGE 不变，仍然是 Terminating。',
  'node-failure.way-out.title': '安全的出路',
  'node-failure.way-out.text':
    '让 kubia-0 重新运行并就绪，而且整个过程中任何时候都不能同时存在两个 kubia-0。（检查会在这一步的全程盯着真实情况，而不只是看最后的结果。）',
  'node-failure.way-out.hint1':
    '卡住的 pod 对象会在以下情况下消失：它的 kubelet 确认了；它的 Node 对象被删除了；或者有人强制删除它。只要 {node} 还可能在运行 kubia-0，就只有第一种是安全的。',
  'node-failure.way-out.hint2':
    '修好网络：sim heal {node}。它的 kubelet 随后会停止旧容器并确认，StatefulSet 再重新创建 kubia-0。',
  'node-failure.way-out.hint3':
    '如果 {node} 真的已经彻底坏了，你也可以直接告诉 Kubernetes：先关掉它（sim poweroff {node}），再用 kubectl taint nodes {node} node.kubernetes.io/out-of-service=nodeshutdown:NoExecute 把它标记为停止服务。',
  'node-failure.again.title': '强制删除会做什么',
  'node-failure.again.text':
    'kubia-0 又运行起来了，在 {again} 上。现在来看那条有风险的出路，也就是笔记里描述的做法。再次断开 {again}，等它变成 NotReady。不必等到驱逐：强制删除随时都可以执行。',
  'node-failure.force.title': '强制删除',
  'node-failure.force.text':
    '在 {again} 断网的情况下，你运行 kubectl delete pod kubia-0 --grace-period=0 --force。（宽限期为 0 的意思是：一刻也不等。）会发生什么？',
  'node-failure.force.refused': '{again} 联系不上，kubectl 拒绝执行。',
  'node-failure.force.refused.why': '它不会拒绝，只会警告。API 服务器会立即删除对象，根本不问 kubelet。',
  'node-failure.force.ghost': 'pod 对象立刻消失，新的 kubia-0 在健康节点上启动，而旧容器仍在 {again} 上运行。',
  'node-failure.force.ghost.why':
    '答对了。强制删除删掉的只是记录。没有任何东西能联系上 {again} 去停掉旧容器，所以此刻有两个 kubia-0。',
  'node-failure.force.killed-first': '先停掉旧容器，然后再启动新的 kubia-0。',
  'node-failure.force.killed-first.why':
    '没有人能联系上 {again} 去停掉任何东西。危险恰恰在这里：这次删除只改了 API 里的记录。',
  'node-failure.force.waits': '在五分钟的驱逐之前，什么都不会发生。',
  'node-failure.force.waits.why': '强制删除什么都不等：既不等驱逐，也不等 kubelet。',
  'node-failure.force.reveal':
    'kubectl 打印的警告是认真的。API 里只有一个 kubia-0，刚在健康节点上启动；真实情况却有两个：新的这个，和 {again} 上的一个幽灵。强制删除等于承诺旧 pod 永远不会再运行。只有在确知节点已经死掉时才能这么做。',
  'node-failure.clean-up.title': '收拾残局',
  'node-failure.clean-up.text':
    '恢复 {again} 的网络。它的 kubelet 发现一个容器的 pod 对象已经不在了，于是停掉它。违规消失了，但这只是因为节点回来了。',
  'node-failure.out-of-service.title': '当节点真的关机了',
  'node-failure.out-of-service.text':
    '最后，看看机器真的宕机时的安全出路。关掉 kubia-0 现在所在的 {off}：它上面的容器随之停止，但 API 无从得知。在确认机器确实已经关机之后，用 out-of-service 污点告诉 Kubernetes：它会驱逐这个节点上的 pod，不再等待那个已死的 kubelet 就直接删除它们，并卸下它们的卷，于是 kubia-0 在别处启动，不可能出现幽灵。节点修好之后，要由你自己去掉这个污点（最后一条命令末尾的 -）。删除 Node 对象（kubectl delete node）是另一条这样的出路，同样只有在机器确实关机时才安全。',
  'node-failure.recap.title': '小结',
  'node-failure.recap.text': '没有确认，就没有替补。',
  'node-failure.recap.p1':
    '节点停止报告大约 50 秒后会变成 NotReady；它上面的 pod 保持最后的状态（Running），但失去 Ready，DNS 也会把它们剔除。',
  'node-failure.recap.p2':
    '300 秒后 pod 被驱逐：显示为 Terminating 并一直卡住，因为只有那个联系不上的 kubelet 才能确认停止。旧对象占着名字，StatefulSet 就无法替换 kubia-0；普通的 kubectl delete 也无济于事。',
  'node-failure.recap.p3':
    '安全的出路：让节点回来（由它的 kubelet 完成删除）；或者在机器确实关机时，给它加上 node.kubernetes.io/out-of-service 污点，或删除它的 Node 对象。',
  'node-failure.recap.p4':
    'kubectl delete --grace-period=0 --force 会立即删除对象。如果旧容器仍在运行，就会有两个 pod 共用一个标识和一个声明：只有确知节点已死时才能使用。',
};
