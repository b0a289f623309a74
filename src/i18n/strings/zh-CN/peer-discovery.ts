// 简体中文：第 8 课，发现伙伴节点。
import type { Translation } from '../../types.ts';
import type { enPeerDiscovery } from '../en/peer-discovery.ts';

export const zhPeerDiscovery: Translation<typeof enPeerDiscovery> = {
  'peer-discovery.title': '发现伙伴节点',
  'peer-discovery.summary':
    '有状态应用的成员通过 DNS 互相寻找：无头服务的 A 记录和 SRV 记录、书中那个会“分发再汇总”的数据存储，以及随扩缩容和就绪状态变化的记录。',
  'peer-discovery.old-manifest.title': '一份过时的清单',
  'peer-discovery.old-manifest.text':
    '本课运行的是书中能感知伙伴节点的 kubia 应用。书中为它写的清单仍然使用 apps/v1beta1，如今的集群已经不再提供这个 API 版本，kubectl 也会直接报错。所以本课改用一份 apps/v1 的副本（kubia-peers.yaml）来创建 kubia：镜像相同，另外加了一个就绪探针。',
  'peer-discovery.records.title': '问 DNS，别问 API 服务器',
  'peer-discovery.records.text':
    '一个成员怎样找到其他成员（伙伴节点）？它可以去问 Kubernetes 的 API 服务器，但那样应用就得知道自己运行在 Kubernetes 上。于是它改问 DNS。无头服务 kubia 给每个就绪的 pod 一条 A 记录（kubia-0.kubia.default.svc.cluster.local → 它的 IP），并用 SRV 记录把它们全部列出来：每个 pod 一条，每条写明主机名和端口。',
  'peer-discovery.fan-out.title': '问一个，听到所有',
  'peer-discovery.fan-out.text':
    '在书中的数据存储里，每个 pod 保存的数据都不一样。先给每个 pod 各存一条消息，再通过 kubia-public 这个 Service 发一个请求，由它挑一个 pod 来处理：这个 pod 查询 SRV 记录，向找到的每个伙伴索要数据，然后把所有数据汇总返回。各行的顺序就是应答到达的顺序。',
  'peer-discovery.grow.title': '更多伙伴',
  'peer-discovery.grow.text':
    '你把 kubia 扩容到三个。等 kubia-2 就绪后，你向 kubia-0 索要全部数据。它的回答会列出几个伙伴？',
  'peer-discovery.grow.two': '两个：kubia-0 只认识它启动时就已存在的伙伴。',
  'peer-discovery.grow.two.why': '应用每次处理请求都会重新查询 SRV 记录，所以新成员只要被 DNS 列出，马上就算数。',
  'peer-discovery.grow.three': '三个：kubia-2 出现了，只是还没有数据。',
  'peer-discovery.grow.three.why': '答对了。SRV 记录随集合变化，而每个请求都会重新读取它们。',
  'peer-discovery.grow.config': '还是两个，得有人把 kubia-2 加进配置文件才行。',
  'peer-discovery.grow.config.why':
    '没有人手工维护名单：无头服务的 DNS 记录本身就是名单，它跟随 StatefulSet 增删的 pod 自动变化。',
  'peer-discovery.grow.reveal':
    '三条 SRV 记录（注意权重：100 由三条平分，每条 33），回答里也有三行，其中 kubia-2 还没有数据。',
  'peer-discovery.readiness.title': '只有就绪的才算',
  'peer-discovery.readiness.text':
    'DNS 只列出就绪的 pod。让 kubia-1 通不过就绪检查：它会从 SRV 应答和汇总结果里消失，尽管它的容器还在运行。',
  'peer-discovery.not-ready.title': '发布尚未就绪的 pod',
  'peer-discovery.not-ready.text':
    '有些应用恰恰需要相反的做法。如果一个数据库的成员必须先互相找到，才能有人宣布自己就绪，那它永远也启动不起来。对于这类应用，控制它的 Service 会设置 publishNotReadyAddresses: true，这样只要 pod 有了 IP，无论是否就绪都会被列出。应用这个版本的 kubia：kubia-1 重新出现在 SRV 应答里，尽管它仍然没有就绪。',
  'peer-discovery.four.title': '四个伙伴',
  'peer-discovery.four.text': '让对 kubia 的 SRV 查询返回四条记录，并且 kubia-0 到 kubia-3 全部就绪。',
  'peer-discovery.four.hint1': '有三件事挡在路上。先运行 kubectl get pods：每个 pod 都就绪了吗？',
  'peer-discovery.four.hint2':
    '只有前面所有的 pod 都就绪，才会创建新的 pod：sim readiness kubia-1 pass。然后扩容：kubectl scale sts kubia --replicas=4。',
  'peer-discovery.four.hint3':
    'kubia-3 的声明需要第四个持久卷，而这个集群只有三个。我们已经准备好了一个：kubectl apply -f pv-d.yaml。',
  'peer-discovery.consensus.title': '过去与现在',
  'peer-discovery.consensus.text':
    '问问最新的成员 kubia-3：它自己就找到了全部四个伙伴。书中的存储在每个 pod 上保存不同的数据，收到请求时再把各部分汇总起来。如今大多数集群化的数据库会把同一份数据复制到每个成员上，并通过共识协议对每次修改达成一致；但它们的成员互相寻找的方式完全一样：通过无头服务的 DNS 名。',
  'peer-discovery.recap.title': '小结',
  'peer-discovery.recap.text': '伙伴名单，一次 DNS 查询就能拿到。',
  'peer-discovery.recap.p1':
    '伙伴节点通过 DNS 互相寻找：每个就绪的 pod 都有一条 A 记录 <pod>.<service>，而 Service 的 SRV 记录列出了每个成员及其端口。',
  'peer-discovery.recap.p2':
    '这些记录跟着集合走：扩缩容会增删记录，没有就绪的 pod 会被剔除——除非 Service 设置了 publishNotReadyAddresses: true。',
  'peer-discovery.recap.p3': '既然应用每次请求都能重新查出名单，就没有人需要手工维护伙伴列表。',
};
