// 简体中文：第 5 课，存储。
import type { Translation } from '../../types.ts';
import type { enStorage } from '../en/storage.ts';

export const zhStorage: Translation<typeof enStorage> = {
  'storage.title': '跟着名字走的存储',
  'storage.summary':
    '每个 pod 都有自己的声明；数据比 pod 活得久，缩容后依然保留，并随着顺序索引回来。对比 ReplicaSet 唯一的共享声明，以及决定何时删除声明的保留策略。',
  'storage.claims.title': '一个 pod 一个声明',
  'storage.claims.text':
    'web 的每个 pod 都挂载着自己的声明。StatefulSet 在创建 pod 之前，先按 volumeClaimTemplates 生成声明，命名为“模板名-pod 名”：www 加 web-0 就是 www-web-0。这个集群有默认的 StorageClass，所以每个新声明都会立刻得到一个专门为它创建的持久卷（PersistentVolume，简称 PV，也就是真正的那块存储）。这就是持久卷的动态供应。',
  'storage.write.title': '给每个 pod 一个页面',
  'storage.write.text':
    '把每个 pod 自己的主机名写进 nginx 文档根目录下的 index.html，www 就挂载在那里。然后问问每个 nginx，它提供的是什么内容。',
  'storage.delete.title': '数据还在吗？',
  'storage.delete.text': '你删除 web-0，StatefulSet 会创建一个新的 web-0。新的 web-0 提供的是什么？',
  'storage.delete.forbidden': '403 Forbidden：新 pod 拿到的是一块空盘。',
  'storage.delete.forbidden.why': '只有声明是新建的，pod 才会从空盘开始。www-web-0 还在，所以新的 web-0 会重新挂载它。',
  'storage.delete.web-0': '“web-0”，也就是被删掉的那个 pod 写下的页面。',
  'storage.delete.web-0.why': '答对了。声明 www-web-0 比 pod 活得久，同名的新 pod 挂载的是同一个声明，数据原封不动。',
  'storage.delete.web-1': '“web-1”：声明给先到的 pod。',
  'storage.delete.web-1.why': '声明属于顺序索引：web-0 永远拿到 www-web-0，不管它运行在哪个节点上。',
  'storage.delete.reveal': '新的 web-0 提供的正是旧 web-0 写下的页面。数据跟着名字走。',
  'storage.scale-down.title': '缩容：磁盘怎么办？',
  'storage.scale-down.text': '你把 web 缩容到一个 pod，于是 web-1 被删除。还剩几个声明？',
  'storage.scale-down.one': '一个：www-web-1 随 pod 一起被删了。',
  'storage.scale-down.one.why':
    '默认情况下，StatefulSet 缩容时从不删除声明：集合再次扩容时可能还需要这些数据，而删除是无法撤销的。',
  'storage.scale-down.two': '两个：www-web-1 保留了下来。',
  'storage.scale-down.two.why': '答对了。缩容删除的是 pod，声明和其中的数据都留给将来的 web-1。',
  'storage.scale-down.reveal': 'web-1 不见了，而 www-web-1 仍然是 Bound 状态，静静等待。',
  'storage.scale-up.title': '再扩容回来',
  'storage.scale-up.text':
    '再次扩容到两个。新的 web-1 发现 www-web-1 已经存在，就直接挂载它，而不是新建声明，所以它提供的正是旧 web-1 写下的页面。',
  'storage.shared.title': '再看看那群牛',
  'storage.shared.text':
    '作为对照，把第 1 课的 ReplicaSet 加进来。它的 pod 模板写死了一个声明 shared-data，所以每个副本挂载的都是同一个声明：从一个 pod 写进去的页面，就是所有 pod 提供的页面；describe 也列出了使用这个声明的每个 pod。要想让这些 pod 各有自己的声明，就只能每个 pod 配一个 ReplicaSet。',
  'storage.retention.title': '缩容后顺手清理',
  'storage.retention.text':
    '保留声明（Retain）是稳妥的默认做法。在如今的 Kubernetes（v1.32 起为稳定功能）里，StatefulSet 也可以删除它们：persistentVolumeClaimRetentionPolicy 有两个字段，whenScaled 管缩容，whenDeleted 管删除集合，取值都是 Retain 或 Delete。让缩容自己收拾干净：修改 web，使被删掉的 pod 的声明也随之删除，然后缩容到一个 pod。最后 www-web-1 必须消失，www-web-0 必须保留。',
  'storage.retention.hint1': '这个策略只对设置之后才被删除的 pod 生效：先设置，再缩容。',
  'storage.retention.hint2':
    '要改的字段是 spec.persistentVolumeClaimRetentionPolicy.whenScaled，可以用 kubectl patch 来设置。',
  'storage.retention.hint3':
    'kubectl patch sts web -p \'{"spec":{"persistentVolumeClaimRetentionPolicy":{"whenScaled":"Delete"}}}\'，然后 kubectl scale sts web --replicas=1。',
  'storage.fresh.title': 'web-1 回来时呢？',
  'storage.fresh.text': 'whenScaled 是 Delete，www-web-1 已经没了。你把 web 扩容回两个 pod。新的 web-1 提供的是什么？',
  'storage.fresh.old': '“web-1”，和以前一样。',
  'storage.fresh.old.why':
    '那个页面存在旧 www-web-1 背后的卷上，而那个声明已经不在了。新的 web-1 会得到新的声明和新的卷。',
  'storage.fresh.empty': '403 Forbidden：它得到一个全新的空声明。',
  'storage.fresh.empty.why': '答对了。StatefulSet 按模板重新创建 www-web-1，StorageClass 为它供应一个全新的空卷。',
  'storage.fresh.pending': '什么都没有：没有声明，web-1 启动不了。',
  'storage.fresh.pending.why': '缺失的声明会按模板重新创建，和任何新的顺序索引一样。',
  'storage.fresh.reveal':
    'www-web-1 是全新的（看它的 AGE），它背后的卷也是新的：nginx 找不到 index.html，于是返回 403 Forbidden。Delete 策略用数据的安全换来了整洁。',
  'storage.recap.title': '小结',
  'storage.recap.text': '磁盘同样属于顺序索引。',
  'storage.recap.p1': 'volumeClaimTemplates 给每个 pod 一个自己的声明，名为“模板名-pod 名”，在 pod 之前创建。',
  'storage.recap.p2': '删除 pod 或缩容（默认）都不会删除它的声明：下一个同名 pod 会重新挂载它，数据都在。',
  'storage.recap.p3':
    'ReplicaSet 的所有 pod 共用模板里写死的声明；想要一个 pod 一个声明，就得一个 pod 一个 ReplicaSet。',
  'storage.recap.p4':
    'persistentVolumeClaimRetentionPolicy（whenScaled 和 whenDeleted，取值 Retain 或 Delete）可以让集合删除声明，数据也随之而去。',
};
