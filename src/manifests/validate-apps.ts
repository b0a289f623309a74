// apps/v1 validation (pkg/apis/apps/validation/validation.go, v1.35): StatefulSet, ReplicaSet,
// ControllerRevision. Note that upstream does not validate a StatefulSet's pod template spec or its
// volumeClaimTemplates at all (kubernetes#137728, #132211): such mistakes surface later as
// FailedCreate events, which the controller can produce with validatePodForCreate/validatePVC.

import { goQuote } from './go-format.ts';
import {
  bv,
  child,
  forbidden,
  invalid,
  notSupported,
  required,
  type BadValue,
  type FieldError,
} from './field-errors.ts';
import { dns1123LabelErrors, dns1123SubdomainErrors, percentErrors } from './names.ts';
import { validatePodTemplateSpec } from './validate-pod.ts';
import {
  asString,
  asStringMap,
  formatLabelSelector,
  formatLabelsMap,
  isObj,
  readSelector,
  selectorConversionFails,
  selectorIsEmpty,
  selectorMatches,
  validateAnnotations,
  validateLabelSelector,
  validateLabels,
  validateObjectMeta,
  type Obj,
} from './validate-meta.ts';

/** A stand-in for the heap address %#v prints for a non-nil pointer inside a struct. */
const FAKE_POINTER = '0xc000a4e1b0';

const NON_NEGATIVE = 'must be greater than or equal to 0';

function nonNegative(v: unknown, path: string): FieldError[] {
  return typeof v === 'number' && v < 0 ? [invalid(path, bv.int(v), NON_NEGATIVE)] : [];
}

/** IntOrString.String(): what ErrorBody prints for an IntOrString (a Stringer). */
function intOrStringText(v: unknown): string {
  return typeof v === 'number' ? String(v) : asString(v);
}

/** intstr.IntOrString.IntValue(): Atoi of a string value (0 when not a number). */
function intOrStringIntValue(v: unknown): number {
  if (typeof v === 'number') return v;
  const s = asString(v);
  return /^[+-]?\d+$/.test(s) ? parseInt(s, 10) : 0;
}

function validatePositiveIntOrPercent(v: unknown, path: string): FieldError[] {
  const bad: BadValue = bv.raw(intOrStringText(v));
  if (typeof v === 'string') return percentErrors(v).map((m) => invalid(path, bad, m));
  if (typeof v === 'number') return nonNegative(v, path);
  return [invalid(path, bad, "must be an integer or percentage (e.g '5%%')")];
}

function percentValue(v: unknown): number | null {
  if (typeof v !== 'string' || percentErrors(v).length > 0) return null;
  return parseInt(v.slice(0, -1), 10);
}

function validateRollingUpdateStatefulSet(ru: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [...nonNegative(ru.partition, child(path, 'partition'))];
  const mu = ru.maxUnavailable;
  if (mu !== undefined && mu !== null) {
    const p = child(path, 'maxUnavailable');
    errs.push(...validatePositiveIntOrPercent(mu, p));
    const pct = percentValue(mu);
    const value = pct !== null ? pct : intOrStringIntValue(mu);
    if (value === 0) errs.push(invalid(p, bv.raw(intOrStringText(mu)), 'cannot be 0'));
    if (pct !== null && pct > 100) errs.push(invalid(p, bv.raw(intOrStringText(mu)), 'must not be greater than 100%'));
  }
  return errs;
}

/** %#v of the internal apps.RollingUpdateStatefulSetStrategy */
function formatRollingUpdate(ru: Obj): string {
  const partition = typeof ru.partition === 'number' ? ru.partition : 0;
  const mu =
    ru.maxUnavailable === undefined || ru.maxUnavailable === null
      ? '(*intstr.IntOrString)(nil)'
      : `(*intstr.IntOrString)(${FAKE_POINTER})`;
  return `apps.RollingUpdateStatefulSetStrategy{Partition:${partition}, MaxUnavailable:${mu}}`;
}

/** %#v of the internal apps.StatefulSetUpdateStrategy */
function formatUpdateStrategy(us: Obj): string {
  const ru = isObj(us.rollingUpdate)
    ? `(*apps.RollingUpdateStatefulSetStrategy)(${FAKE_POINTER})`
    : '(*apps.RollingUpdateStatefulSetStrategy)(nil)';
  return `apps.StatefulSetUpdateStrategy{Type:${goQuote(asString(us.type))}, RollingUpdate:${ru}}`;
}

function validateTemplateSelector(
  spec: Obj,
  owner: 'statefulset' | 'deployment',
): { errs: FieldError[]; converted: boolean } {
  const errs: FieldError[] = [];
  const sel = readSelector(spec.selector);
  if (spec.selector === undefined || spec.selector === null) {
    errs.push(required('spec.selector'));
  } else {
    errs.push(...validateLabelSelector(sel, 'spec.selector'));
    if (selectorIsEmpty(sel)) {
      errs.push(
        invalid('spec.selector', bv.raw(formatLabelSelector(sel ?? {})), `empty selector is invalid for ${owner}`),
      );
    }
  }
  if (selectorConversionFails(sel)) {
    const detail = owner === 'deployment' ? 'invalid label selector' : '';
    errs.push(invalid('spec.selector', bv.raw(formatLabelSelector(sel ?? {})), detail));
    return { errs, converted: false };
  }
  // A nil selector converts to labels.Nothing(), which is not Empty() and matches nothing.
  const template = isObj(spec.template) ? spec.template : {};
  const meta = isObj(template.metadata) ? template.metadata : {};
  const labels = asStringMap(meta.labels);
  const matches = sel === undefined ? false : selectorIsEmpty(sel) ? true : selectorMatches(sel, labels);
  if (!matches) {
    errs.push(
      invalid(
        'spec.template.metadata.labels',
        bv.raw(formatLabelsMap(labels)),
        '`selector` does not match template `labels`',
      ),
    );
  }
  return { errs, converted: true };
}

/** ValidateStatefulSet (metadata + spec) of a defaulted StatefulSet. */
export function validateStatefulSet(sts: Obj): FieldError[] {
  const errs: FieldError[] = validateObjectMeta(sts.metadata, dns1123LabelErrors);
  const spec = isObj(sts.spec) ? sts.spec : {};

  const pmp = asString(spec.podManagementPolicy);
  if (pmp === '') errs.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') {
    errs.push(invalid('spec.podManagementPolicy', bv.str(pmp), "must be 'OrderedReady' or 'Parallel'"));
  }

  const us = isObj(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = asString(us.type);
  if (type === '') errs.push(required('spec.updateStrategy'));
  else if (type === 'OnDelete') {
    if (isObj(us.rollingUpdate)) {
      errs.push(
        invalid(
          'spec.updateStrategy.rollingUpdate',
          bv.raw(formatRollingUpdate(us.rollingUpdate)),
          "only allowed for updateStrategy 'RollingUpdate'",
        ),
      );
    }
  } else if (type === 'RollingUpdate') {
    if (isObj(us.rollingUpdate))
      errs.push(...validateRollingUpdateStatefulSet(us.rollingUpdate, 'spec.updateStrategy.rollingUpdate'));
  } else {
    errs.push(
      invalid('spec.updateStrategy', bv.raw(formatUpdateStrategy(us)), "must be 'RollingUpdate' or 'OnDelete'"),
    );
  }

  if (isObj(spec.persistentVolumeClaimRetentionPolicy)) {
    const pol = spec.persistentVolumeClaimRetentionPolicy;
    for (const f of ['whenDeleted', 'whenScaled']) {
      const v = asString(pol[f]);
      if (v !== 'Retain' && v !== 'Delete') {
        errs.push(notSupported(`spec.persistentVolumeClaimRetentionPolicy.${f}`, bv.str(v), ['Retain', 'Delete']));
      }
    }
  }

  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (isObj(spec.ordinals)) errs.push(...nonNegative(spec.ordinals.start, 'spec.ordinals.start'));

  const sel = validateTemplateSelector(spec, 'statefulset');
  errs.push(...sel.errs);
  if (sel.converted) {
    const template = isObj(spec.template) ? spec.template : {};
    const meta = isObj(template.metadata) ? template.metadata : {};
    errs.push(...validateLabels(asStringMap(meta.labels), 'spec.template.labels'));
    errs.push(...validateAnnotations(asStringMap(meta.annotations), 'spec.template.annotations'));
  }

  const podSpec = isObj(spec.template) && isObj(spec.template.spec) ? spec.template.spec : {};
  const restart = asString(podSpec.restartPolicy);
  if (restart !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', bv.str(restart), ['Always']));
  if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null) {
    errs.push(
      forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in StatefulSet is not Supported'),
    );
  }
  return errs;
}

/** ValidateReplicaSet of a defaulted ReplicaSet. */
export function validateReplicaSet(rs: Obj): FieldError[] {
  const errs: FieldError[] = validateObjectMeta(rs.metadata, dns1123SubdomainErrors);
  const spec = isObj(rs.spec) ? rs.spec : {};
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  const sel = validateTemplateSelector(spec, 'deployment');
  errs.push(...sel.errs);
  if (sel.converted) {
    errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'));
    const podSpec = isObj(spec.template) && isObj(spec.template.spec) ? spec.template.spec : {};
    const restart = asString(podSpec.restartPolicy);
    if (restart !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', bv.str(restart), ['Always']));
    if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null) {
      errs.push(
        forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicaSet is not Supported'),
      );
    }
  }
  return errs;
}

/** ValidateControllerRevision */
export function validateControllerRevision(cr: Obj): FieldError[] {
  const errs: FieldError[] = validateObjectMeta(cr.metadata, dns1123SubdomainErrors);
  if (cr.data === undefined || cr.data === null) errs.push(required('data', 'data is mandatory'));
  errs.push(...nonNegative(cr.revision, 'revision'));
  return errs;
}
