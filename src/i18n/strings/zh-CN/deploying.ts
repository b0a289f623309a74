// 简体中文：第 7 课，部署 StatefulSet。
import type { Translation } from '../../types.ts';
import type { enDeploying } from '../en/deploying.ts';

export const zhDeploying: Translation<typeof enDeploying> = {
  'deploying.title': '一步一步部署',
  'deploying.summary':
    '手工创建的持久卷、起控制作用的无头服务，最后才是 StatefulSet：为什么是这个顺序，缺了哪一块会出什么问题。',
  'deploying.recipe.title': '三样材料，按顺序来',
  'deploying.recipe.text':
    '部署一个有状态应用需要三样东西，顺序如下：（1）存放数据的持久卷（PV），如果集群不能按需自动创建，就要手工创建；（2）起控制作用的 Service，而且是无头服务（headless Service），它给 pod 提供 DNS 名；（3）StatefulSet 本身。这个集群没有 StorageClass，所以没有谁会替你创建持久卷，而且现在一个都还没有。我们逐一去掉每样材料，看看它们各自起什么作用。',
  'deploying.no-volumes.title': '忘了持久卷',
  'deploying.no-volumes.text':
    '你直接从第 3 步开始：在还没有任何持久卷的时候，就创建 kubia StatefulSet（两个副本，每个都带一个 1Mi 的声明）。会发生什么？',
  'deploying.no-volumes.runs': 'pod 照常运行，只是没有存储。',
  'deploying.no-volumes.runs.why': '挂载了声明的 pod，要等声明绑定到持久卷之后，才能被调度到节点上。',
  'deploying.no-volumes.pending': 'kubia-0 一直处于 Pending，它的声明没有绑定；kubia-1 根本不会被创建。',
  'deploying.no-volumes.pending.why':
    '答对了。声明 data-kubia-0 找不到可以绑定的持久卷，所以 kubia-0 无法调度；而有序创建规定，kubia-0 就绪之前不会启动 kubia-1。',
  'deploying.no-volumes.auto': 'Kubernetes 会自己创建持久卷。',
  'deploying.no-volumes.auto.why': '只有带供应器（provisioner）的 StorageClass 才会这么做，而这个集群一个都没有。',
  'deploying.no-volumes.rejected': 'kubectl 拒绝这个清单。',
  'deploying.no-volumes.rejected.why': 'API 服务器会接受它：清单本身没有任何错误。问题要到调度 pod 的时候才显现。',
  'deploying.no-volumes.reveal':
    'kubia-0 处于 Pending，它的声明也是 Pending，describe 说明了原因：pod 有一个未绑定的声明，所以没有节点能接收它。kubia-1 根本不存在：整个集合卡在了第一个 pod 上。',
  'deploying.volumes.title': '补上持久卷',
  'deploying.volumes.text':
    '第 1 步，虽然晚了，但还来得及：用 kubectl apply -f persistent-volumes.yaml 创建书中的三个持久卷 pv-a、pv-b、pv-c。正在等待的声明会绑定到其中一个（不一定是 pv-a），kubia-0 随之启动，kubia-1 也带着自己的声明跟上。那条警告是真的：书中的持久卷使用 Recycle 回收策略，这个策略已被弃用。',
  'deploying.no-service.title': '忘了 Service',
  'deploying.no-service.text':
    '两个 pod 都在运行，而且都知道自己的完整名字 kubia-0.kubia.default.svc.cluster.local。可是去问 DNS，却没有回应：这个名字指向一个叫 kubia 的 Service，而它还不存在。StatefulSet 从不自己创建控制它的 Service。',
  'deploying.service.title': '给 pod 名字',
  'deploying.service.text': '完成部署：让对 kubia 这个 Service 的 SRV 查询列出两个 pod。',
  'deploying.service.hint1': '缺的那块是 StatefulSet 在 serviceName 里指定的 Service：kubia。',
  'deploying.service.hint2':
    '运行 kubectl apply -f kubia-service-headless.yaml，再用 dig +short SRV kubia.default.svc.cluster.local 检查。',
  'deploying.headless.title': '为什么要“无头”？',
  'deploying.headless.text':
    'kubia 的 CLUSTER-IP 是 None：正是这一点让它成为无头服务。普通的 Service 有一个虚拟 IP，把连接分发到后面的 pod。无头服务没有虚拟 IP，所以 DNS 直接用 pod 本身来回答：每个 pod 一条 A 记录，每个 pod 的每个端口一条 SRV 记录。通常只会列出就绪的 pod；如果 Service 设置了 publishNotReadyAddresses: true，pod 一拿到 IP 就会被列出，这样成员们在启动过程中就能互相发现。第 8 课会演示这一点。',
  'deploying.comes-back.title': '删掉一个，它会回来',
  'deploying.comes-back.text':
    '最后，验证承诺。先在 kubia-0 上存一条消息（kubectl proxy 让你可以经由 API 服务器访问 pod），然后删除 kubia-0，再去问新的 kubia-0。删除要花 30 秒，因为应用会忽略停止信号。替补的 pod 名字相同、声明相同，所以消息还在。',
  'deploying.recap.title': '小结',
  'deploying.recap.text': '持久卷、Service、StatefulSet。',
  'deploying.recap.p1':
    '没有动态供应时，要先创建持久卷：声明找不到可绑定的卷，pod 就会一直 Pending；又因为创建是有序的，整个集合都会被卡住。',
  'deploying.recap.p2':
    '控制 StatefulSet 的无头服务（clusterIP: None）要你自己创建，StatefulSet 不会代劳。没有它，pod 能运行，却没有 DNS 名。',
  'deploying.recap.p3':
    '最后才是 StatefulSet：pod 一个接一个启动；被删除的 pod 会以原来的名字回来，带着它的声明和数据。',
};
