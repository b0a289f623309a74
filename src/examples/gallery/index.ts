// The example gallery: each entry a click away in the editor, with a one-line explanation in
// English and Simplified Chinese. The types and lookups are in src/manifests/gallery.ts.
import type { GalleryEntry } from '../../manifests/gallery.ts';
import { KUBIA_STATEFULSET_PEERS_YAML } from '../book.ts';
import { WEB_PARALLEL_YAML, WEB_YAML } from '../tutorial.ts';
import { KUBIA_MANUAL_YAML, KUBIA_PEERS_YAML, WEB_CANARY_YAML, WEB_DELETE_CLAIMS_YAML } from './manifests.ts';

export const GALLERY_ENTRIES: readonly GalleryEntry[] = [
  {
    id: 'web',
    file: 'web.yaml',
    origin: 'tutorial',
    title: { en: 'web (tutorial)', 'zh-CN': 'web（教程）' },
    summary: {
      en: 'The StatefulSet Basics tutorial: a headless Service and two nginx pods, each with its own 1 GiB claim, started one after the other.',
      'zh-CN':
        'StatefulSet 基础教程：一个无头 Service 和两个 nginx Pod，每个 Pod 都有自己的 1 GiB 存储卷申领，按序号逐个启动。',
    },
    yaml: WEB_YAML,
    world: { storage: 'dynamic', mode: 'modern' },
    outcome: { kind: 'applies', pods: ['web-0', 'web-1'], claims: ['www-web-0', 'www-web-1'] },
  },
  {
    id: 'web-parallel',
    file: 'web-parallel.yaml',
    origin: 'tutorial',
    title: { en: 'web, Parallel', 'zh-CN': 'web（并行）' },
    summary: {
      en: 'The same set with podManagementPolicy: Parallel: its pods start and stop all at once instead of in ordinal order.',
      'zh-CN': '同一个 StatefulSet，但 podManagementPolicy 为 Parallel：Pod 同时启动、同时终止，不再按序号依次进行。',
    },
    yaml: WEB_PARALLEL_YAML,
    world: { storage: 'dynamic', mode: 'modern' },
    outcome: { kind: 'applies', pods: ['web-0', 'web-1'], claims: ['www-web-0', 'www-web-1'] },
  },
  {
    id: 'kubia-manual',
    file: 'kubia-manual.yaml',
    origin: 'book',
    title: { en: 'kubia with hand-made volumes', 'zh-CN': 'kubia 与手工创建的卷' },
    summary: {
      en: "Kubernetes in Action's kubia in a cluster without a provisioner: three hand-made PersistentVolumes, and each claim binds to one that fits.",
      'zh-CN':
        '《Kubernetes in Action》中的 kubia，运行在没有动态供给的集群里：手工创建三个 PersistentVolume，每个申领绑定到一个合适的卷。',
    },
    yaml: KUBIA_MANUAL_YAML,
    world: { storage: 'manual', mode: 'modern' },
    outcome: { kind: 'applies', pods: ['kubia-0', 'kubia-1'], claims: ['data-kubia-0', 'data-kubia-1'] },
  },
  {
    id: 'kubia-peers',
    file: 'kubia-peers.yaml',
    origin: 'book',
    title: { en: 'kubia peers (apps/v1)', 'zh-CN': 'kubia 对等发现（apps/v1）' },
    summary: {
      en: "The book's peer-discovery app brought to apps/v1 with a selector: each pod finds the others through the headless Service's SRV records.",
      'zh-CN': '书中的对等发现应用，改写为带 selector 的 apps/v1：每个 Pod 通过无头 Service 的 SRV 记录找到其他 Pod。',
    },
    yaml: KUBIA_PEERS_YAML,
    world: { storage: 'dynamic', mode: 'modern' },
    outcome: {
      kind: 'applies',
      pods: ['kubia-0', 'kubia-1', 'kubia-2'],
      claims: ['data-kubia-0', 'data-kubia-1', 'data-kubia-2'],
    },
  },
  {
    id: 'kubia-peers-v1beta1',
    file: 'kubia-statefulset-peers.yaml',
    origin: 'book',
    title: { en: 'kubia peers (original, apps/v1beta1)', 'zh-CN': 'kubia 对等发现（原版 apps/v1beta1）' },
    summary: {
      en: "The book's original peers manifest, apps/v1beta1 without a selector: a v1.35 cluster no longer serves that API and refuses it.",
      'zh-CN': '书中原版的对等发现清单（apps/v1beta1，没有 selector）：v1.35 集群已不再提供这个 API 版本，因此拒绝它。',
    },
    yaml: KUBIA_STATEFULSET_PEERS_YAML,
    world: { storage: 'dynamic', mode: 'modern' },
    outcome: {
      kind: 'rejected',
      error:
        'error: resource mapping not found for name: "kubia" namespace: "" from "kubia-statefulset-peers.yaml": no matches for kind "StatefulSet" in version "apps/v1beta1"\nensure CRDs are installed first',
    },
  },
  {
    id: 'web-canary',
    file: 'web-canary.yaml',
    origin: 'lab',
    title: { en: 'Canary with a partition', 'zh-CN': '用分区做金丝雀发布' },
    summary: {
      en: 'Three replicas and a rolling-update partition of 2: change the image and only web-2 is replaced; lower the partition to roll further.',
      'zh-CN': '三个副本，滚动更新分区（partition）为 2：修改镜像后只有 web-2 被替换；调低分区值即可继续推进更新。',
    },
    yaml: WEB_CANARY_YAML,
    world: { storage: 'dynamic', mode: 'modern' },
    outcome: {
      kind: 'applies',
      pods: ['web-0', 'web-1', 'web-2'],
      claims: ['www-web-0', 'www-web-1', 'www-web-2'],
    },
  },
  {
    id: 'web-delete-claims',
    file: 'web-delete-claims.yaml',
    origin: 'lab',
    title: { en: 'Claims deleted with the set', 'zh-CN': '申领随 StatefulSet 一起删除' },
    summary: {
      en: "Claim retention set to Delete: scaling down or deleting the set deletes the pods' claims too, and with them the data.",
      'zh-CN': '存储卷申领保留策略设为 Delete：缩容或删除 StatefulSet 时，Pod 的申领也会被删除，其中的数据随之消失。',
    },
    yaml: WEB_DELETE_CLAIMS_YAML,
    world: { storage: 'dynamic', mode: 'modern' },
    outcome: {
      kind: 'applies',
      pods: ['web-0', 'web-1', 'web-2'],
      claims: ['www-web-0', 'www-web-1', 'www-web-2'],
    },
  },
];
