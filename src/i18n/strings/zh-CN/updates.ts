// 简体中文：第 10 课，更新。
import type { Translation } from '../../types.ts';
import type { enUpdates } from '../en/updates.ts';

export const zhUpdates: Translation<typeof enUpdates> = {
  'updates.title': '更新',
  'updates.summary':
    '从最大的顺序索引往下进行的滚动更新；用分区（partition）实现分阶段更新、金丝雀发布和逐步推出；OnDelete 策略；以及坏掉的更新所需要的强制回滚。',
  'updates.first.title': '谁先更新？',
  'updates.first.text':
    'web 有三个 pod，运行的是 nginx-slim:0.7。你把 pod 模板里的镜像改成 0.8（kubectl set image）。默认的更新策略 RollingUpdate 会替你逐个替换 pod。哪个最先被替换？',
  'updates.first.lowest': 'web-0，顺序索引最小的那个。',
  'updates.first.lowest.why': '创建时往上数，更新时往下数：web-0 最后才被替换。',
  'updates.first.highest': 'web-2，顺序索引最大的那个。',
  'updates.first.highest.why': '答对了。滚动更新从最大的顺序索引往最小的进行，一次一个 pod。',
  'updates.first.all': '三个同时替换。',
  'updates.first.all.why': '一次只替换一个 pod（maxUnavailable 默认为 1），其余的继续提供服务。',
  'updates.first.none': '一个都不换，直到你亲手删除它们。',
  'updates.first.none.why': '那是 OnDelete 策略，本课后面会讲到。默认策略是 RollingUpdate。',
  'updates.first.reveal': '模板一改，web-2 就开始终止，而 web-0 和 web-1 仍在运行 0.7。',
  'updates.rolling.title': '看它滚动',
  'updates.rolling.text':
    '用 kubectl rollout status sts/web 跟踪这次更新。每个 pod 都要等前一个被替换的 pod 运行并就绪之后才会被替换：先 web-2，然后 web-1，最后 web-0。',
  'updates.staging.title': '分阶段更新',
  'updates.staging.text':
    '分区（partition）可以让集合的一部分暂缓更新：分区为 N 时，只有顺序索引大于或等于 N 的 pod 才会拿到新模板。把分区设为 3（比这里所有的顺序索引都大），再把镜像改成 0.21：新模板保存下来了，但没有任何 pod 发生变化。这次更新被“暂存”了。',
  'updates.below.title': '分区之下',
  'updates.below.text': '分区是 3，模板里写的是 0.21。你删除 web-2。新的 web-2 会运行哪个镜像？',
  'updates.below.new': '0.21，也就是模板里的镜像。',
  'updates.below.new.why': 'web-2 的顺序索引低于分区，所以它按原来的版本重建，而不是按新版本。',
  'updates.below.old': '0.8，它原来的镜像。',
  'updates.below.old.why': '答对了。分区以下的 pod 即使被删除，也会按当前（旧的）版本重建。',
  'updates.below.first': '0.7，最早的那个镜像。',
  'updates.below.first.why': '当前版本是最近一次完整推出的版本：0.8。',
  'updates.below.reveal': 'web-2 回来时运行的是 0.8。在分区以下，删除 pod 并不能把更新偷偷带进来。',
  'updates.canary.title': '金丝雀',
  'updates.canary.text':
    '把分区降到 2，只有 web-2 会拿到 0.21：一只“金丝雀”先试用新版本，web-0 和 web-1 仍停留在 0.8。即使金丝雀出了问题，受影响的也只有一个 pod。',
  'updates.phased.title': '逐步推出',
  'updates.phased.text':
    '金丝雀表现不错？把分区降到 0，其余的 pod 按通常的顺序跟上：先 web-1，再 web-0。如果一步一步地降（2、1、0），推出的过程还会更加平缓。',
  'updates.own-canary.title': '你自己的金丝雀',
  'updates.own-canary.text':
    '只在 web-2 上试用 nginx-slim:0.24：web-2 必须运行 registry.k8s.io/nginx-slim:0.24 并且就绪，而 web-0 和 web-1 保持 0.21 不变。',
  'updates.own-canary.hint1': '顺序很重要：先用分区拦住 web-0 和 web-1，再去改镜像。',
  'updates.own-canary.hint2':
    'kubectl patch sts web -p \'{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}\'，然后 kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.24。',
  'updates.on-delete.title': 'OnDelete',
  'updates.on-delete.text':
    '另一种策略 OnDelete 从不自己替换 pod：只有当你删除某个 pod 时，新模板才会作用到它身上。（在书中那个年代，这是 StatefulSet 的默认策略。）切换到 OnDelete，再把镜像设为 0.8：什么都没动。删除 web-0：它回来时运行的是 0.8，而 web-1 和 web-2 保持原样。',
  'updates.broken.title': '一次糟糕的更新',
  'updates.broken.text':
    '切回 RollingUpdate，分区为 0，于是所有 pod 都运行 0.8。现在推出 nginx-slim:9.9，一个并不存在的标签。web-2 最先被替换，它的新镜像拉取失败：先是 ErrImagePull，然后是 ImagePullBackOff。推出就停在这里，等待 web-2 就绪，而它永远不会就绪。web-0 和 web-1 没有被动过。',
  'updates.revert.title': '撤销它？',
  'updates.revert.text': '你把镜像改回 0.8。web-2 会自己恢复吗？',
  'updates.revert.heals': '会：控制器会用一个 0.8 的 pod 替换 web-2。',
  'updates.revert.heals.why':
    '它得先删除 web-2 才行，可在做任何别的事之前，它都要等 web-2 运行并就绪，而一个拉不到镜像的 pod 永远不会就绪。',
  'updates.revert.stuck': '不会：控制器一直在等 web-2；你必须自己删除 web-2。',
  'updates.revert.stuck.why':
    '答对了。光把模板改回去还不够：控制器会永远等着那个坏掉的 pod。这叫做强制回滚：先恢复模板，再删除按坏模板创建的 pod。',
  'updates.revert.in-place': 'web-2 的容器原地切换成 0.8。',
  'updates.revert.in-place.why': 'StatefulSet 不会修改 pod 的镜像，它只会替换 pod。而在这里，它连替换都不会做。',
  'updates.revert.reveal': '一分钟后，web-2 仍处于 ImagePullBackOff，它的 spec 里仍然写着 9.9：模板变了，web-2 没变。',
  'updates.rollback.title': '强制回滚',
  'updates.rollback.text': '完成回滚：三个 pod 全部就绪，并且都运行 registry.k8s.io/nginx-slim:0.8。',
  'updates.rollback.hint1': '控制器卡在等待那个按坏模板创建的 pod。',
  'updates.rollback.hint2': 'kubectl delete pod web-2：替补它的 pod 会按当前的模板创建。',
  'updates.recap.title': '小结',
  'updates.recap.text': '从上往下，绝不越过一个坏掉的 pod。',
  'updates.recap.p1':
    'RollingUpdate（默认策略）从最大的顺序索引往最小的依次替换 pod，一次一个，每个都等前一个替补运行并就绪之后。',
  'updates.recap.p2':
    '分区（partition）：只有顺序索引大于或等于它的 pod 才会被更新；低于它的 pod 即使被删除，也会按旧版本重建。逐步降低分区，就依次得到分阶段更新、金丝雀发布和逐步推出。',
  'updates.recap.p3': 'OnDelete：只有当你删除某个 pod 时，新模板才会作用到它身上。',
  'updates.recap.p4':
    '如果模板创建出的 pod 永远不会就绪，推出就会停下。光恢复模板还不够，还要删除那些坏掉的 pod（强制回滚）。',
};
