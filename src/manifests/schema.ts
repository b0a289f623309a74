// Field schema of the API kinds StatefulSet Lab accepts: every JSON field name with its Go type (for
// strict decoding and "cannot unmarshal" messages) and the strategic-merge-patch metadata of lists
// (patchStrategy/patchMergeKey from the k8s.io/api struct tags). Field sets follow k8s.io/api v1.35;
// rarely used deep sub-structures are typed `any` (accepted as-is).

export type FieldType =
  | { k: 'string' }
  | { k: 'int32' }
  | { k: 'int64' }
  | { k: 'bool' }
  | { k: 'float64' }
  | { k: 'intOrString' }
  | { k: 'quantity' }
  | { k: 'time' }
  | { k: 'any' }
  | { k: 'struct'; name: string }
  | { k: 'map'; elem: FieldType; goName?: string }
  | { k: 'list'; elem: FieldType; mergeKey?: string; strategy?: 'merge' };

export interface StructDef {
  /** Go type as reflect prints it, e.g. "v1.StatefulSetSpec". */
  go: string;
  fields: Record<string, FieldType>;
}

const str: FieldType = { k: 'string' };
const i32: FieldType = { k: 'int32' };
const i64: FieldType = { k: 'int64' };
const bool: FieldType = { k: 'bool' };
const f64: FieldType = { k: 'float64' };
const ios: FieldType = { k: 'intOrString' };
const qty: FieldType = { k: 'quantity' };
const time: FieldType = { k: 'time' };
const any: FieldType = { k: 'any' };
const s = (name: string): FieldType => ({ k: 'struct', name });
const list = (elem: FieldType): FieldType => ({ k: 'list', elem });
const mergeList = (elem: FieldType, mergeKey: string): FieldType => ({ k: 'list', elem, mergeKey, strategy: 'merge' });
const mergePrimitives = (elem: FieldType): FieldType => ({ k: 'list', elem, strategy: 'merge' });
const strMap: FieldType = { k: 'map', elem: str };
const resourceList: FieldType = { k: 'map', elem: qty, goName: 'v1.ResourceList' };
const strList = list(str);

function def(go: string, fields: Record<string, FieldType>): StructDef {
  return { go, fields };
}

const volumeSourceFields: Record<string, FieldType> = {
  hostPath: s('HostPathVolumeSource'),
  emptyDir: s('EmptyDirVolumeSource'),
  gcePersistentDisk: s('GCEPersistentDiskVolumeSource'),
  awsElasticBlockStore: s('AWSElasticBlockStoreVolumeSource'),
  gitRepo: any,
  secret: s('SecretVolumeSource'),
  nfs: s('NFSVolumeSource'),
  iscsi: any,
  glusterfs: any,
  persistentVolumeClaim: s('PersistentVolumeClaimVolumeSource'),
  rbd: any,
  flexVolume: any,
  cinder: any,
  cephfs: any,
  flocker: any,
  downwardAPI: s('DownwardAPIVolumeSource'),
  fc: any,
  azureFile: any,
  configMap: s('ConfigMapVolumeSource'),
  vsphereVolume: any,
  quobyte: any,
  azureDisk: any,
  photonPersistentDisk: any,
  projected: s('ProjectedVolumeSource'),
  portworxVolume: any,
  scaleIO: any,
  storageos: any,
  csi: s('CSIVolumeSource'),
  ephemeral: s('EphemeralVolumeSource'),
  image: s('ImageVolumeSource'),
};

const pvSourceFields: Record<string, FieldType> = {
  gcePersistentDisk: s('GCEPersistentDiskVolumeSource'),
  awsElasticBlockStore: s('AWSElasticBlockStoreVolumeSource'),
  hostPath: s('HostPathVolumeSource'),
  glusterfs: any,
  nfs: s('NFSVolumeSource'),
  rbd: any,
  iscsi: any,
  cinder: any,
  cephfs: any,
  fc: any,
  flocker: any,
  flexVolume: any,
  azureFile: any,
  vsphereVolume: any,
  quobyte: any,
  azureDisk: any,
  photonPersistentDisk: any,
  portworxVolume: any,
  scaleIO: any,
  local: s('LocalVolumeSource'),
  storageos: any,
  csi: s('CSIPersistentVolumeSource'),
};

const containerFields: Record<string, FieldType> = {
  name: str,
  image: str,
  command: strList,
  args: strList,
  workingDir: str,
  ports: { k: 'list', elem: s('ContainerPort'), mergeKey: 'containerPort', strategy: 'merge' },
  envFrom: list(s('EnvFromSource')),
  env: mergeList(s('EnvVar'), 'name'),
  resources: s('ResourceRequirements'),
  resizePolicy: list(s('ContainerResizePolicy')),
  restartPolicy: str,
  restartPolicyRules: list(any),
  volumeMounts: mergeList(s('VolumeMount'), 'mountPath'),
  volumeDevices: mergeList(s('VolumeDevice'), 'devicePath'),
  livenessProbe: s('Probe'),
  readinessProbe: s('Probe'),
  startupProbe: s('Probe'),
  lifecycle: s('Lifecycle'),
  terminationMessagePath: str,
  terminationMessagePolicy: str,
  imagePullPolicy: str,
  securityContext: s('SecurityContext'),
  stdin: bool,
  stdinOnce: bool,
  tty: bool,
};

export const STRUCTS: Record<string, StructDef> = {
  // ---- meta/v1 ----
  ObjectMeta: def('v1.ObjectMeta', {
    name: str,
    generateName: str,
    namespace: str,
    selfLink: str,
    uid: str,
    resourceVersion: str,
    generation: i64,
    creationTimestamp: time,
    deletionTimestamp: time,
    deletionGracePeriodSeconds: i64,
    labels: strMap,
    annotations: strMap,
    ownerReferences: mergeList(s('OwnerReference'), 'uid'),
    finalizers: mergePrimitives(str),
    managedFields: list(s('ManagedFieldsEntry')),
  }),
  OwnerReference: def('v1.OwnerReference', {
    apiVersion: str,
    kind: str,
    name: str,
    uid: str,
    controller: bool,
    blockOwnerDeletion: bool,
  }),
  ManagedFieldsEntry: def('v1.ManagedFieldsEntry', {
    manager: str,
    operation: str,
    apiVersion: str,
    time: time,
    fieldsType: str,
    fieldsV1: any,
    subresource: str,
  }),
  LabelSelector: def('v1.LabelSelector', {
    matchLabels: strMap,
    matchExpressions: list(s('LabelSelectorRequirement')),
  }),
  LabelSelectorRequirement: def('v1.LabelSelectorRequirement', { key: str, operator: str, values: strList }),
  Condition: def('v1.Condition', {
    type: str,
    status: str,
    observedGeneration: i64,
    lastTransitionTime: time,
    reason: str,
    message: str,
  }),

  // ---- apps/v1 ----
  StatefulSet: def('v1.StatefulSet', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('StatefulSetSpec'),
    status: s('StatefulSetStatus'),
  }),
  StatefulSetSpec: def('v1.StatefulSetSpec', {
    replicas: i32,
    selector: s('LabelSelector'),
    template: s('PodTemplateSpec'),
    volumeClaimTemplates: list(s('PersistentVolumeClaim')),
    serviceName: str,
    podManagementPolicy: str,
    updateStrategy: s('StatefulSetUpdateStrategy'),
    revisionHistoryLimit: i32,
    minReadySeconds: i32,
    persistentVolumeClaimRetentionPolicy: s('StatefulSetPersistentVolumeClaimRetentionPolicy'),
    ordinals: s('StatefulSetOrdinals'),
  }),
  StatefulSetUpdateStrategy: def('v1.StatefulSetUpdateStrategy', {
    type: str,
    rollingUpdate: s('RollingUpdateStatefulSetStrategy'),
  }),
  RollingUpdateStatefulSetStrategy: def('v1.RollingUpdateStatefulSetStrategy', { partition: i32, maxUnavailable: ios }),
  StatefulSetPersistentVolumeClaimRetentionPolicy: def('v1.StatefulSetPersistentVolumeClaimRetentionPolicy', {
    whenDeleted: str,
    whenScaled: str,
  }),
  StatefulSetOrdinals: def('v1.StatefulSetOrdinals', { start: i32 }),
  StatefulSetStatus: def('v1.StatefulSetStatus', {
    observedGeneration: i64,
    replicas: i32,
    readyReplicas: i32,
    currentReplicas: i32,
    updatedReplicas: i32,
    currentRevision: str,
    updateRevision: str,
    collisionCount: i32,
    conditions: mergeList(s('StatefulSetCondition'), 'type'),
    availableReplicas: i32,
  }),
  StatefulSetCondition: def('v1.StatefulSetCondition', {
    type: str,
    status: str,
    lastTransitionTime: time,
    reason: str,
    message: str,
  }),
  ReplicaSet: def('v1.ReplicaSet', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('ReplicaSetSpec'),
    status: s('ReplicaSetStatus'),
  }),
  ReplicaSetSpec: def('v1.ReplicaSetSpec', {
    replicas: i32,
    minReadySeconds: i32,
    selector: s('LabelSelector'),
    template: s('PodTemplateSpec'),
  }),
  ReplicaSetStatus: def('v1.ReplicaSetStatus', {
    replicas: i32,
    fullyLabeledReplicas: i32,
    readyReplicas: i32,
    availableReplicas: i32,
    terminatingReplicas: i32,
    observedGeneration: i64,
    conditions: mergeList(s('ReplicaSetCondition'), 'type'),
  }),
  ReplicaSetCondition: def('v1.ReplicaSetCondition', {
    type: str,
    status: str,
    lastTransitionTime: time,
    reason: str,
    message: str,
  }),
  ControllerRevision: def('v1.ControllerRevision', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    data: any,
    revision: i64,
  }),

  // ---- core/v1: pods ----
  Pod: def('v1.Pod', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('PodSpec'),
    status: s('PodStatus'),
  }),
  PodTemplateSpec: def('v1.PodTemplateSpec', { metadata: s('ObjectMeta'), spec: s('PodSpec') }),
  PodSpec: def('v1.PodSpec', {
    volumes: mergeList(s('Volume'), 'name'),
    initContainers: mergeList(s('Container'), 'name'),
    containers: mergeList(s('Container'), 'name'),
    ephemeralContainers: mergeList(s('EphemeralContainer'), 'name'),
    restartPolicy: str,
    terminationGracePeriodSeconds: i64,
    activeDeadlineSeconds: i64,
    dnsPolicy: str,
    nodeSelector: strMap,
    serviceAccountName: str,
    serviceAccount: str,
    automountServiceAccountToken: bool,
    nodeName: str,
    hostNetwork: bool,
    hostPID: bool,
    hostIPC: bool,
    shareProcessNamespace: bool,
    securityContext: s('PodSecurityContext'),
    imagePullSecrets: mergeList(s('LocalObjectReference'), 'name'),
    hostname: str,
    hostnameOverride: str,
    subdomain: str,
    affinity: s('Affinity'),
    schedulerName: str,
    tolerations: list(s('Toleration')),
    hostAliases: mergeList(s('HostAlias'), 'ip'),
    priorityClassName: str,
    priority: i32,
    dnsConfig: s('PodDNSConfig'),
    readinessGates: list(s('PodReadinessGate')),
    runtimeClassName: str,
    enableServiceLinks: bool,
    preemptionPolicy: str,
    overhead: resourceList,
    topologySpreadConstraints: mergeList(s('TopologySpreadConstraint'), 'topologyKey'),
    setHostnameAsFQDN: bool,
    os: s('PodOS'),
    hostUsers: bool,
    schedulingGates: mergeList(s('PodSchedulingGate'), 'name'),
    resourceClaims: mergeList(s('PodResourceClaim'), 'name'),
    resources: s('ResourceRequirements'),
  }),
  Container: def('v1.Container', containerFields),
  EphemeralContainer: def('v1.EphemeralContainer', { ...containerFields, targetContainerName: str }),
  ContainerPort: def('v1.ContainerPort', { name: str, hostPort: i32, containerPort: i32, protocol: str, hostIP: str }),
  EnvVar: def('v1.EnvVar', { name: str, value: str, valueFrom: s('EnvVarSource') }),
  EnvVarSource: def('v1.EnvVarSource', {
    fieldRef: s('ObjectFieldSelector'),
    resourceFieldRef: s('ResourceFieldSelector'),
    configMapKeyRef: s('ConfigMapKeySelector'),
    secretKeyRef: s('SecretKeySelector'),
    fileKeyRef: any,
  }),
  ObjectFieldSelector: def('v1.ObjectFieldSelector', { apiVersion: str, fieldPath: str }),
  ResourceFieldSelector: def('v1.ResourceFieldSelector', { containerName: str, resource: str, divisor: qty }),
  ConfigMapKeySelector: def('v1.ConfigMapKeySelector', { name: str, key: str, optional: bool }),
  SecretKeySelector: def('v1.SecretKeySelector', { name: str, key: str, optional: bool }),
  EnvFromSource: def('v1.EnvFromSource', {
    prefix: str,
    configMapRef: s('ConfigMapEnvSource'),
    secretRef: s('SecretEnvSource'),
  }),
  ConfigMapEnvSource: def('v1.ConfigMapEnvSource', { name: str, optional: bool }),
  SecretEnvSource: def('v1.SecretEnvSource', { name: str, optional: bool }),
  ResourceRequirements: def('v1.ResourceRequirements', {
    limits: resourceList,
    requests: resourceList,
    claims: list(s('ResourceClaim')),
  }),
  ResourceClaim: def('v1.ResourceClaim', { name: str, request: str }),
  ContainerResizePolicy: def('v1.ContainerResizePolicy', { resourceName: str, restartPolicy: str }),
  VolumeMount: def('v1.VolumeMount', {
    name: str,
    readOnly: bool,
    recursiveReadOnly: str,
    mountPath: str,
    subPath: str,
    mountPropagation: str,
    subPathExpr: str,
  }),
  VolumeDevice: def('v1.VolumeDevice', { name: str, devicePath: str }),
  Probe: def('v1.Probe', {
    exec: s('ExecAction'),
    httpGet: s('HTTPGetAction'),
    tcpSocket: s('TCPSocketAction'),
    grpc: s('GRPCAction'),
    initialDelaySeconds: i32,
    timeoutSeconds: i32,
    periodSeconds: i32,
    successThreshold: i32,
    failureThreshold: i32,
    terminationGracePeriodSeconds: i64,
  }),
  ExecAction: def('v1.ExecAction', { command: strList }),
  HTTPGetAction: def('v1.HTTPGetAction', {
    path: str,
    port: ios,
    host: str,
    scheme: str,
    httpHeaders: list(s('HTTPHeader')),
  }),
  HTTPHeader: def('v1.HTTPHeader', { name: str, value: str }),
  TCPSocketAction: def('v1.TCPSocketAction', { port: ios, host: str }),
  GRPCAction: def('v1.GRPCAction', { port: i32, service: str }),
  Lifecycle: def('v1.Lifecycle', {
    postStart: s('LifecycleHandler'),
    preStop: s('LifecycleHandler'),
    stopSignal: str,
  }),
  LifecycleHandler: def('v1.LifecycleHandler', {
    exec: s('ExecAction'),
    httpGet: s('HTTPGetAction'),
    tcpSocket: s('TCPSocketAction'),
    sleep: s('SleepAction'),
  }),
  SleepAction: def('v1.SleepAction', { seconds: i64 }),
  SecurityContext: def('v1.SecurityContext', {
    capabilities: s('Capabilities'),
    privileged: bool,
    seLinuxOptions: s('SELinuxOptions'),
    windowsOptions: any,
    runAsUser: i64,
    runAsGroup: i64,
    runAsNonRoot: bool,
    readOnlyRootFilesystem: bool,
    allowPrivilegeEscalation: bool,
    procMount: str,
    seccompProfile: s('SeccompProfile'),
    appArmorProfile: s('AppArmorProfile'),
  }),
  Capabilities: def('v1.Capabilities', { add: strList, drop: strList }),
  SELinuxOptions: def('v1.SELinuxOptions', { user: str, role: str, type: str, level: str }),
  SeccompProfile: def('v1.SeccompProfile', { type: str, localhostProfile: str }),
  AppArmorProfile: def('v1.AppArmorProfile', { type: str, localhostProfile: str }),
  PodSecurityContext: def('v1.PodSecurityContext', {
    seLinuxOptions: s('SELinuxOptions'),
    windowsOptions: any,
    runAsUser: i64,
    runAsGroup: i64,
    runAsNonRoot: bool,
    supplementalGroups: list(i64),
    supplementalGroupsPolicy: str,
    fsGroup: i64,
    sysctls: list(s('Sysctl')),
    fsGroupChangePolicy: str,
    seccompProfile: s('SeccompProfile'),
    appArmorProfile: s('AppArmorProfile'),
    seLinuxChangePolicy: str,
  }),
  Sysctl: def('v1.Sysctl', { name: str, value: str }),
  LocalObjectReference: def('v1.LocalObjectReference', { name: str }),
  Toleration: def('v1.Toleration', {
    key: str,
    operator: str,
    value: str,
    effect: str,
    tolerationSeconds: i64,
  }),
  HostAlias: def('v1.HostAlias', { ip: str, hostnames: strList }),
  PodDNSConfig: def('v1.PodDNSConfig', {
    nameservers: strList,
    searches: strList,
    options: list(s('PodDNSConfigOption')),
  }),
  PodDNSConfigOption: def('v1.PodDNSConfigOption', { name: str, value: str }),
  PodReadinessGate: def('v1.PodReadinessGate', { conditionType: str }),
  PodOS: def('v1.PodOS', { name: str }),
  PodSchedulingGate: def('v1.PodSchedulingGate', { name: str }),
  PodResourceClaim: def('v1.PodResourceClaim', {
    name: str,
    resourceClaimName: str,
    resourceClaimTemplateName: str,
  }),
  TopologySpreadConstraint: def('v1.TopologySpreadConstraint', {
    maxSkew: i32,
    topologyKey: str,
    whenUnsatisfiable: str,
    labelSelector: s('LabelSelector'),
    minDomains: i32,
    nodeAffinityPolicy: str,
    nodeTaintsPolicy: str,
    matchLabelKeys: strList,
  }),
  Affinity: def('v1.Affinity', {
    nodeAffinity: s('NodeAffinity'),
    podAffinity: s('PodAffinity'),
    podAntiAffinity: s('PodAntiAffinity'),
  }),
  NodeAffinity: def('v1.NodeAffinity', {
    requiredDuringSchedulingIgnoredDuringExecution: s('NodeSelector'),
    preferredDuringSchedulingIgnoredDuringExecution: list(s('PreferredSchedulingTerm')),
  }),
  NodeSelector: def('v1.NodeSelector', { nodeSelectorTerms: list(s('NodeSelectorTerm')) }),
  NodeSelectorTerm: def('v1.NodeSelectorTerm', {
    matchExpressions: list(s('NodeSelectorRequirement')),
    matchFields: list(s('NodeSelectorRequirement')),
  }),
  NodeSelectorRequirement: def('v1.NodeSelectorRequirement', { key: str, operator: str, values: strList }),
  PreferredSchedulingTerm: def('v1.PreferredSchedulingTerm', { weight: i32, preference: s('NodeSelectorTerm') }),
  PodAffinity: def('v1.PodAffinity', {
    requiredDuringSchedulingIgnoredDuringExecution: list(s('PodAffinityTerm')),
    preferredDuringSchedulingIgnoredDuringExecution: list(s('WeightedPodAffinityTerm')),
  }),
  PodAntiAffinity: def('v1.PodAntiAffinity', {
    requiredDuringSchedulingIgnoredDuringExecution: list(s('PodAffinityTerm')),
    preferredDuringSchedulingIgnoredDuringExecution: list(s('WeightedPodAffinityTerm')),
  }),
  PodAffinityTerm: def('v1.PodAffinityTerm', {
    labelSelector: s('LabelSelector'),
    namespaces: strList,
    topologyKey: str,
    namespaceSelector: s('LabelSelector'),
    matchLabelKeys: strList,
    mismatchLabelKeys: strList,
  }),
  WeightedPodAffinityTerm: def('v1.WeightedPodAffinityTerm', { weight: i32, podAffinityTerm: s('PodAffinityTerm') }),
  Volume: def('v1.Volume', { name: str, ...volumeSourceFields }),
  HostPathVolumeSource: def('v1.HostPathVolumeSource', { path: str, type: str }),
  EmptyDirVolumeSource: def('v1.EmptyDirVolumeSource', { medium: str, sizeLimit: qty }),
  GCEPersistentDiskVolumeSource: def('v1.GCEPersistentDiskVolumeSource', {
    pdName: str,
    fsType: str,
    partition: i32,
    readOnly: bool,
  }),
  AWSElasticBlockStoreVolumeSource: def('v1.AWSElasticBlockStoreVolumeSource', {
    volumeID: str,
    fsType: str,
    partition: i32,
    readOnly: bool,
  }),
  SecretVolumeSource: def('v1.SecretVolumeSource', {
    secretName: str,
    items: list(s('KeyToPath')),
    defaultMode: i32,
    optional: bool,
  }),
  ConfigMapVolumeSource: def('v1.ConfigMapVolumeSource', {
    name: str,
    items: list(s('KeyToPath')),
    defaultMode: i32,
    optional: bool,
  }),
  KeyToPath: def('v1.KeyToPath', { key: str, path: str, mode: i32 }),
  NFSVolumeSource: def('v1.NFSVolumeSource', { server: str, path: str, readOnly: bool }),
  PersistentVolumeClaimVolumeSource: def('v1.PersistentVolumeClaimVolumeSource', { claimName: str, readOnly: bool }),
  DownwardAPIVolumeSource: def('v1.DownwardAPIVolumeSource', {
    items: list(s('DownwardAPIVolumeFile')),
    defaultMode: i32,
  }),
  DownwardAPIVolumeFile: def('v1.DownwardAPIVolumeFile', {
    path: str,
    fieldRef: s('ObjectFieldSelector'),
    resourceFieldRef: s('ResourceFieldSelector'),
    mode: i32,
  }),
  ProjectedVolumeSource: def('v1.ProjectedVolumeSource', { sources: list(any), defaultMode: i32 }),
  CSIVolumeSource: def('v1.CSIVolumeSource', {
    driver: str,
    readOnly: bool,
    fsType: str,
    volumeAttributes: strMap,
    nodePublishSecretRef: s('LocalObjectReference'),
  }),
  EphemeralVolumeSource: def('v1.EphemeralVolumeSource', { volumeClaimTemplate: s('PersistentVolumeClaimTemplate') }),
  PersistentVolumeClaimTemplate: def('v1.PersistentVolumeClaimTemplate', {
    metadata: s('ObjectMeta'),
    spec: s('PersistentVolumeClaimSpec'),
  }),
  ImageVolumeSource: def('v1.ImageVolumeSource', { reference: str, pullPolicy: str }),
  PodStatus: def('v1.PodStatus', {
    observedGeneration: i64,
    phase: str,
    conditions: mergeList(s('PodCondition'), 'type'),
    message: str,
    reason: str,
    nominatedNodeName: str,
    hostIP: str,
    hostIPs: mergeList(s('HostIP'), 'ip'),
    podIP: str,
    podIPs: mergeList(s('PodIP'), 'ip'),
    startTime: time,
    initContainerStatuses: list(s('ContainerStatus')),
    containerStatuses: list(s('ContainerStatus')),
    qosClass: str,
    ephemeralContainerStatuses: list(s('ContainerStatus')),
    resize: str,
    resourceClaimStatuses: mergeList(any, 'name'),
    extendedResourceClaimStatus: any,
  }),
  PodCondition: def('v1.PodCondition', {
    type: str,
    observedGeneration: i64,
    status: str,
    lastProbeTime: time,
    lastTransitionTime: time,
    reason: str,
    message: str,
  }),
  HostIP: def('v1.HostIP', { ip: str }),
  PodIP: def('v1.PodIP', { ip: str }),
  ContainerStatus: def('v1.ContainerStatus', {
    name: str,
    state: s('ContainerState'),
    lastState: s('ContainerState'),
    ready: bool,
    restartCount: i32,
    image: str,
    imageID: str,
    containerID: str,
    started: bool,
    allocatedResources: resourceList,
    resources: s('ResourceRequirements'),
    volumeMounts: list(any),
    user: any,
    allocatedResourcesStatus: list(any),
    stopSignal: str,
  }),
  ContainerState: def('v1.ContainerState', {
    waiting: s('ContainerStateWaiting'),
    running: s('ContainerStateRunning'),
    terminated: s('ContainerStateTerminated'),
  }),
  ContainerStateWaiting: def('v1.ContainerStateWaiting', { reason: str, message: str }),
  ContainerStateRunning: def('v1.ContainerStateRunning', { startedAt: time }),
  ContainerStateTerminated: def('v1.ContainerStateTerminated', {
    exitCode: i32,
    signal: i32,
    reason: str,
    message: str,
    startedAt: time,
    finishedAt: time,
    containerID: str,
  }),

  // ---- core/v1: services and endpoints ----
  Service: def('v1.Service', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('ServiceSpec'),
    status: s('ServiceStatus'),
  }),
  ServiceSpec: def('v1.ServiceSpec', {
    ports: mergeList(s('ServicePort'), 'port'),
    selector: strMap,
    clusterIP: str,
    clusterIPs: strList,
    type: str,
    externalIPs: strList,
    sessionAffinity: str,
    loadBalancerIP: str,
    loadBalancerSourceRanges: strList,
    externalName: str,
    externalTrafficPolicy: str,
    healthCheckNodePort: i32,
    publishNotReadyAddresses: bool,
    sessionAffinityConfig: s('SessionAffinityConfig'),
    ipFamilies: strList,
    ipFamilyPolicy: str,
    allocateLoadBalancerNodePorts: bool,
    loadBalancerClass: str,
    internalTrafficPolicy: str,
    trafficDistribution: str,
  }),
  ServicePort: def('v1.ServicePort', {
    name: str,
    protocol: str,
    appProtocol: str,
    port: i32,
    targetPort: ios,
    nodePort: i32,
  }),
  SessionAffinityConfig: def('v1.SessionAffinityConfig', { clientIP: s('ClientIPConfig') }),
  ClientIPConfig: def('v1.ClientIPConfig', { timeoutSeconds: i32 }),
  ServiceStatus: def('v1.ServiceStatus', {
    loadBalancer: s('LoadBalancerStatus'),
    conditions: mergeList(s('Condition'), 'type'),
  }),
  LoadBalancerStatus: def('v1.LoadBalancerStatus', { ingress: list(any) }),
  Endpoints: def('v1.Endpoints', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    subsets: list(s('EndpointSubset')),
  }),
  EndpointSubset: def('v1.EndpointSubset', {
    addresses: list(s('EndpointAddress')),
    notReadyAddresses: list(s('EndpointAddress')),
    ports: list(s('EndpointPort')),
  }),
  EndpointAddress: def('v1.EndpointAddress', {
    ip: str,
    hostname: str,
    nodeName: str,
    targetRef: s('ObjectReference'),
  }),
  EndpointPort: def('v1.EndpointPort', { name: str, port: i32, protocol: str, appProtocol: str }),
  ObjectReference: def('v1.ObjectReference', {
    kind: str,
    namespace: str,
    name: str,
    uid: str,
    apiVersion: str,
    resourceVersion: str,
    fieldPath: str,
  }),

  // ---- core/v1: storage ----
  PersistentVolume: def('v1.PersistentVolume', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('PersistentVolumeSpec'),
    status: s('PersistentVolumeStatus'),
  }),
  PersistentVolumeSpec: def('v1.PersistentVolumeSpec', {
    capacity: resourceList,
    ...pvSourceFields,
    accessModes: strList,
    claimRef: s('ObjectReference'),
    persistentVolumeReclaimPolicy: str,
    storageClassName: str,
    mountOptions: strList,
    volumeMode: str,
    nodeAffinity: s('VolumeNodeAffinity'),
    volumeAttributesClassName: str,
  }),
  VolumeNodeAffinity: def('v1.VolumeNodeAffinity', { required: s('NodeSelector') }),
  LocalVolumeSource: def('v1.LocalVolumeSource', { path: str, fsType: str }),
  CSIPersistentVolumeSource: def('v1.CSIPersistentVolumeSource', {
    driver: str,
    volumeHandle: str,
    readOnly: bool,
    fsType: str,
    volumeAttributes: strMap,
    controllerPublishSecretRef: s('SecretReference'),
    nodeStageSecretRef: s('SecretReference'),
    nodePublishSecretRef: s('SecretReference'),
    controllerExpandSecretRef: s('SecretReference'),
    nodeExpandSecretRef: s('SecretReference'),
  }),
  SecretReference: def('v1.SecretReference', { name: str, namespace: str }),
  PersistentVolumeStatus: def('v1.PersistentVolumeStatus', {
    phase: str,
    message: str,
    reason: str,
    lastPhaseTransitionTime: time,
  }),
  PersistentVolumeClaim: def('v1.PersistentVolumeClaim', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('PersistentVolumeClaimSpec'),
    status: s('PersistentVolumeClaimStatus'),
  }),
  PersistentVolumeClaimSpec: def('v1.PersistentVolumeClaimSpec', {
    accessModes: strList,
    selector: s('LabelSelector'),
    resources: s('VolumeResourceRequirements'),
    volumeName: str,
    storageClassName: str,
    volumeMode: str,
    dataSource: s('TypedLocalObjectReference'),
    dataSourceRef: s('TypedObjectReference'),
    volumeAttributesClassName: str,
  }),
  VolumeResourceRequirements: def('v1.VolumeResourceRequirements', { limits: resourceList, requests: resourceList }),
  TypedLocalObjectReference: def('v1.TypedLocalObjectReference', { apiGroup: str, kind: str, name: str }),
  TypedObjectReference: def('v1.TypedObjectReference', { apiGroup: str, kind: str, name: str, namespace: str }),
  PersistentVolumeClaimStatus: def('v1.PersistentVolumeClaimStatus', {
    phase: str,
    accessModes: strList,
    capacity: resourceList,
    conditions: mergeList(s('PersistentVolumeClaimCondition'), 'type'),
    allocatedResources: resourceList,
    allocatedResourceStatuses: strMap,
    currentVolumeAttributesClassName: str,
    modifyVolumeStatus: any,
  }),
  PersistentVolumeClaimCondition: def('v1.PersistentVolumeClaimCondition', {
    type: str,
    status: str,
    lastProbeTime: time,
    lastTransitionTime: time,
    reason: str,
    message: str,
  }),
  StorageClass: def('v1.StorageClass', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    provisioner: str,
    parameters: strMap,
    reclaimPolicy: str,
    mountOptions: strList,
    allowVolumeExpansion: bool,
    volumeBindingMode: str,
    allowedTopologies: list(any),
  }),

  // ---- core/v1: nodes and events ----
  Node: def('v1.Node', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    spec: s('NodeSpec'),
    status: s('NodeStatus'),
  }),
  NodeSpec: def('v1.NodeSpec', {
    podCIDR: str,
    podCIDRs: mergePrimitives(str),
    providerID: str,
    unschedulable: bool,
    taints: list(s('Taint')),
    configSource: any,
    externalID: str,
  }),
  Taint: def('v1.Taint', { key: str, value: str, effect: str, timeAdded: time }),
  NodeStatus: def('v1.NodeStatus', {
    capacity: resourceList,
    allocatable: resourceList,
    phase: str,
    conditions: mergeList(s('NodeCondition'), 'type'),
    addresses: mergeList(s('NodeAddress'), 'type'),
    daemonEndpoints: any,
    nodeInfo: s('NodeSystemInfo'),
    images: list(any),
    volumesInUse: strList,
    volumesAttached: list(any),
    config: any,
    runtimeHandlers: list(any),
    features: any,
    declaredFeatures: strList,
  }),
  NodeCondition: def('v1.NodeCondition', {
    type: str,
    status: str,
    lastHeartbeatTime: time,
    lastTransitionTime: time,
    reason: str,
    message: str,
  }),
  NodeAddress: def('v1.NodeAddress', { type: str, address: str }),
  NodeSystemInfo: def('v1.NodeSystemInfo', {
    machineID: str,
    systemUUID: str,
    bootID: str,
    kernelVersion: str,
    osImage: str,
    containerRuntimeVersion: str,
    kubeletVersion: str,
    kubeProxyVersion: str,
    operatingSystem: str,
    architecture: str,
    swap: any,
  }),
  Event: def('v1.Event', {
    apiVersion: str,
    kind: str,
    metadata: s('ObjectMeta'),
    involvedObject: s('ObjectReference'),
    reason: str,
    message: str,
    source: s('EventSource'),
    firstTimestamp: time,
    lastTimestamp: time,
    count: i32,
    type: str,
    eventTime: time,
    series: any,
    action: str,
    related: s('ObjectReference'),
    reportingComponent: str,
    reportingInstance: str,
  }),
  EventSource: def('v1.EventSource', { component: str, host: str }),
};

void f64;

/** The Go type name as reflect.Type.String() prints it (used in "of type X"). */
export function goTypeName(t: FieldType): string {
  switch (t.k) {
    case 'string':
    case 'int32':
    case 'int64':
    case 'bool':
    case 'float64':
      return t.k;
    case 'intOrString':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'time':
      return 'v1.Time';
    case 'any':
      return 'runtime.RawExtension';
    case 'struct':
      return STRUCTS[t.name].go;
    case 'map':
      return t.goName ?? `map[string]${goTypeName(t.elem)}`;
    case 'list':
      return `[]${goTypeName(t.elem)}`;
  }
}

/** Root struct of each kind StatefulSet Lab accepts in a manifest. */
export function kindSchema(kind: string): FieldType | null {
  return STRUCTS[kind] &&
    [
      'StatefulSet',
      'ReplicaSet',
      'ControllerRevision',
      'Pod',
      'Service',
      'Endpoints',
      'PersistentVolume',
      'PersistentVolumeClaim',
      'StorageClass',
      'Node',
      'Event',
    ].includes(kind)
    ? { k: 'struct', name: kind }
    : null;
}

/** Looks up the field type at a JSON path below a kind's root (used by patches). */
export function fieldAt(root: FieldType, key: string): FieldType | null {
  if (root.k === 'struct') return STRUCTS[root.name].fields[key] ?? null;
  if (root.k === 'map') return root.elem;
  return null;
}
