// 简体中文：第 1 课，牛群与有名字的奶牛。
import type { Translation } from '../../types.ts';
import type { enCattleVsCows } from '../en/cattle-vs-cows.ts';

export const zhCattleVsCows: Translation<typeof enCattleVsCows> = {
  'cattle-vs-cows.title': '牛群与有名字的奶牛',
  'cattle-vs-cows.summary':
    '把 ReplicaSet 和 StatefulSet 放在一起比较：一边是可以互相替换的 pod，一边是各自保有名字、地址和磁盘的 pod。',
  'cattle-vs-cows.welcome.title': '浏览器里的集群',
  'cattle-vs-cows.welcome.text':
    '这是一个模拟的 Kubernetes 集群：三个节点（真正运行东西的机器），外加一个记录一切的控制平面。你通过 kubectl 和它打交道：可以在终端里输入，也可以由课程替你运行；实验室里的每个按钮运行的也是一条 kubectl 命令，和你能手动输入的一模一样。Kubernetes 用 pod 来运行应用：一个 pod 就是应用的一个运行副本，这里是 nginx，一个 Web 服务器。你很少亲手创建 pod：控制器会不断地创建、替换 pod，直到实际运行的与你要求的一致。',
  'cattle-vs-cows.meet.title': '两群牛',
  'cattle-vs-cows.meet.text':
    '这个集群里养着两群 nginx pod。ReplicaSet cattle 管着三个可以互换的 pod，它们是无状态的：身上没有需要保留的东西，任何一个都能顶替另一个，名字末尾是一串随机字符。StatefulSet web 管着三个有状态的 pod：每个都有自己的标识（固定的名字、网络地址和磁盘），就像一头你叫得出名字的奶牛。运行下面的命令，比较一下它们的名字。',
  'cattle-vs-cows.disks.title': '共用一块盘，还是一人一块',
  'cattle-vs-cows.disks.text':
    '再看存储。持久卷声明（PersistentVolumeClaim，简称 PVC）是对一块存储的申请。pod 模板是按名字引用声明的，所以用它创建的每个 pod 挂载的都是同一个声明：所有“牛”共用 shared-data，describe 的输出列出了正在使用它的每个 pod。StatefulSet 则有 volumeClaimTemplates：它按模板 www 为每个 pod 各生成一个声明，也就是 www-web-0、www-web-1 和 www-web-2。',
  'cattle-vs-cows.lose-some.title': '两边各丢几头',
  'cattle-vs-cows.lose-some.text':
    '你删掉全部三个 cattle pod，再删掉 web-1。两个控制器都会发现少了 pod。回来的会是什么？',
  'cattle-vs-cows.lose-some.same': '所有 pod 都以原来的名字回来。',
  'cattle-vs-cows.lose-some.same.why':
    '只有 StatefulSet 记得名字。ReplicaSet 只会数数：少了三个，就新建三个，每个都带一个新的随机后缀。',
  'cattle-vs-cows.lose-some.cows': '三个名字全新的随机 cattle pod，外加一个又叫 web-1 的 pod。',
  'cattle-vs-cows.lose-some.cows.why':
    '答对了。ReplicaSet 用陌生的新面孔补上空缺；StatefulSet 则恰好重建缺失的那个标识：web-1。',
  'cattle-vs-cows.lose-some.all-new': '所有 pod 都换成新的随机名字，web-1 也一样。',
  'cattle-vs-cows.lose-some.all-new.why':
    'StatefulSet 从不自己编名字：它的 pod 永远叫“集合名-序号”，所以缺失的 web-1 回来时还叫 web-1。',
  'cattle-vs-cows.lose-some.none': '什么都不会回来：删了就是删了。',
  'cattle-vs-cows.lose-some.none.why': '两个控制器都在不停地比较“现有的”和“你要求的”（各三个副本），缺多少就补多少。',
  'cattle-vs-cows.lose-some.reveal':
    'cattle 回来的是陌生面孔：新名字、新 IP 地址。web-1 回来时还是 web-1，并再次挂载它自己的声明 www-web-1；只有 IP 地址可能变了。',
  'cattle-vs-cows.grow.title': '各养四头',
  'cattle-vs-cows.grow.text':
    '把两群牛都扩容到四头：ReplicaSet cattle 和 StatefulSet web 都应该正好有四个就绪的 pod。动手之前，先猜猜新来的奶牛会叫什么名字。',
  'cattle-vs-cows.grow.hint1': 'kubectl scale 对 ReplicaSet 也管用，它的类型简称是 rs。',
  'cattle-vs-cows.grow.hint2':
    '先运行 kubectl scale rs cattle --replicas=4，再运行 kubectl scale sts web --replicas=4。',
  'cattle-vs-cows.recap.title': '小结',
  'cattle-vs-cows.recap.text': '牛群按头数管理；奶牛按名字管理。',
  'cattle-vs-cows.recap.p1':
    'ReplicaSet 维持一定数量的、可以互换的（无状态）pod。替补上来的是陌生面孔：新的随机名字、新的地址。',
  'cattle-vs-cows.recap.p2':
    'StatefulSet 维持的是一份标识清单：web-0、web-1、web-2……少了哪个，就以同样的名字、同样的声明把它重建出来。',
  'cattle-vs-cows.recap.p3':
    '每个有状态 pod 都从 volumeClaimTemplates 得到自己的声明；而所有 cattle 共用模板里写死的那一个声明。',
};
