// 简体中文：第 2 课，稳定的标识。
import type { Translation } from '../../types.ts';
import type { enStableIdentity } from '../en/stable-identity.ts';

export const zhStableIdentity: Translation<typeof enStableIdentity> = {
  'stable-identity.title': '稳定的标识',
  'stable-identity.summary':
    'pod 从 0 开始编号，名字同时也是主机名和 DNS 名，换了新 pod 也不变；以及在没有 StatefulSet 的年代，要做到这一点得付出什么。',
  'stable-identity.ordinals.title': '从零开始编号',
  'stable-identity.ordinals.text':
    'StatefulSet 给它的 pod 依次编号 0、1、2……这个编号就是顺序索引（ordinal），pod 的名字永远是“集合名-顺序索引”。控制器还会把顺序索引写进标签 apps.kubernetes.io/pod-index，方便你按它筛选，或者把它显示成一列。',
  'stable-identity.hostname.title': '问问 pod 它是谁',
  'stable-identity.hostname.text':
    'pod 的名字同时也是它的主机名。StatefulSet 在 serviceName 字段里指定了一个控制它的 Service（这里是 nginx，一个无头服务，即 headless Service），两者合起来给每个 pod 一个 DNS 名：<pod>.<service>.<namespace>.svc.cluster.local。问问 web-1 它的完整名字：kubectl exec web-1 -- hostname -f。',
  'stable-identity.hostname.what': '在 web-1 里运行 hostname（kubectl exec web-1 -- hostname -f）',
  'stable-identity.dns.title': '别人也能用的名字',
  'stable-identity.dns.text':
    '其他 pod 可以用这个名字找到 web-0。这条命令会启动一个临时的 busybox pod，查询 web-0.nginx，用完即删；在同一个命名空间里，用简短的写法就够了。查到的是 web-0 当前的 IP 地址。',
  'stable-identity.replace.title': '换掉一头奶牛',
  'stable-identity.replace.text': '你删除了 web-0。StatefulSet 发现少了一个标识。替补上来的 pod 会是什么样？',
  'stable-identity.replace.web-3': '它叫 web-3，也就是下一个空闲编号。',
  'stable-identity.replace.web-3.why': '只有扩容时才会出现新编号。替补填的是留下的空缺，所以它还是 web-0。',
  'stable-identity.replace.same': '它还是 web-0，DNS 名也一样；IP 地址可能会变。',
  'stable-identity.replace.same.why':
    '答对了。名字、主机名、DNS 名和声明都属于这个顺序索引，而不属于碰巧承载它的那个 pod。IP 地址则由新 pod 所在的节点重新分配。',
  'stable-identity.replace.same-ip': '它还是 web-0，而且 IP 地址一模一样。',
  'stable-identity.replace.same-ip.why':
    '名字是稳定的，IP 地址却不是：新 pod 拿到的是所在节点分给它的地址。所以伙伴之间应该用 DNS 名互相寻找，永远不要用 IP。',
  'stable-identity.replace.random': '它会得到一个随机名字，就像 ReplicaSet 的 pod 那样。',
  'stable-identity.replace.random.why': '那是对待牛群的方式。StatefulSet 会用原来的名字重建缺失的标识。',
  'stable-identity.replace.reveal':
    '对比前后两张表：web-0 的 AGE 又从头算起，但它仍然是 web-0，web-0.nginx 也仍然能解析——解析到新 pod 的地址。',
  'stable-identity.workaround.title': '在有 StatefulSet 之前',
  'stable-identity.workaround.text':
    '在 StatefulSet 出现之前，人们只能手工打造稳定的标识。Service 只要存在，它的虚拟 IP 和 DNS 名就不会变，于是给每个成员各配一个 Service，后面再放一个只有一个 pod 的 ReplicaSet。三个成员一共需要多少个对象？',
  'stable-identity.workaround.one': '一个：一个有三个 pod 的 ReplicaSet。',
  'stable-identity.workaround.one.why': '一个 ReplicaSet 只能给你三个可以互换的 pod，外面根本分不清谁是谁。',
  'stable-identity.workaround.three': '三个：每个成员一个 Service。',
  'stable-identity.workaround.three.why':
    'Service 自己不运行 pod。总得有东西让每个成员的 pod 活着：在 Service 之外，每个成员还要一个 ReplicaSet。',
  'stable-identity.workaround.six': '六个：每个成员一个 ReplicaSet 加一个 Service。',
  'stable-identity.workaround.six.why':
    '答对了。每个成员需要一个 ReplicaSet 让它唯一的 pod 活着，还需要一个 Service 给它一个长久不变的名字。',
  'stable-identity.workaround.reveal':
    'pets.yaml 里为三个成员 pet-a、pet-b、pet-c 写了六个对象：每个成员一个只有一个 pod 的 ReplicaSet，前面再挡一个 Service。',
  'stable-identity.workaround-cost.title': '行得通，但有代价',
  'stable-identity.workaround-cost.text':
    '删掉 pet-a 的 pod：ReplicaSet 会换上一个陌生的新 pod，可 pet-a 解析出来的还是同一个虚拟 IP，因为名字属于 Service。所以这个办法行得通。再算算代价：每个成员都是两个手写的对象，加第四个成员就要再写两个，想让每个成员有自己的磁盘还得再给每个成员配一个声明，而且没有任何东西保证成员按顺序启动。成员只有一两个时，人们仍然会这么做，因为每一块都很简单；而 StatefulSet 只用一个对象加一个无头服务就全部做到了。',
  'stable-identity.fourth.title': '第四个成员',
  'stable-identity.fourth.text': '给 web 加第四个成员，并证明它有 DNS 名：在集群内部查询 web-3.nginx，并得到应答。',
  'stable-identity.fourth.what': '成功查询到 web-3.nginx（用 nslookup 或 dig）',
  'stable-identity.fourth.hint1':
    '先扩容：kubectl scale sts web --replicas=4。新 pod 叫什么，按你刚学到的规则就能推出来。',
  'stable-identity.fourth.hint2':
    '只有 pod 就绪之后，它的名字才能被解析。然后运行 nslookup web-3.nginx（或者把 busybox 那条 kubectl run … 命令里的名字换成 web-3.nginx）。',
  'stable-identity.recap.title': '小结',
  'stable-identity.recap.text': '标识属于顺序索引，而不属于某个具体的 pod。',
  'stable-identity.recap.p1': 'StatefulSet 的 pod 从 0 开始编号；pod 名是“集合名-顺序索引”，同时也是它的主机名。',
  'stable-identity.recap.p2':
    '有了控制它的无头服务，每个就绪的 pod 都有一个 DNS 名 <pod>.<service>。替补的 pod 名字不变，只有 IP 可能变化，所以要用名字，不要用 IP。',
  'stable-identity.recap.p3':
    '没有 StatefulSet 时，想要稳定的名字，每个成员就得配一个 Service 加一个 ReplicaSet：能用，但对象成倍增加，也没有任何顺序保证。',
};
