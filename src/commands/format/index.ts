// Output formatters that make StatefulSet Lab print what kubectl v1.35 (and the DNS tools used
// in the walkthroughs) print, byte for byte.

export { FormatError } from './errors.ts';
export { TableWriter, TabFlags, KUBECTL_TABLE_OPTIONS, KUBECTL_DESCRIBE_OPTIONS, formatTable } from './tabwriter.ts';
export type { TabWriterOptions } from './tabwriter.ts';
export { humanDuration, shortHumanDuration, ageOf, since } from './duration.ts';
export { rfc3339, rfc3339Micro, rfc1123z, unixDate, parseRfc3339 } from './time.ts';
export { evalJsonPath } from './jsonpath.ts';
export type { JsonPathOptions } from './jsonpath.ts';
export { evalGoTemplate } from './gotemplate.ts';
export type { GoTemplateOptions } from './gotemplate.ts';
export { toJson, toYaml, toYamlDocuments, asList, resourceName } from './objects.ts';
export type { KubectlList } from './objects.ts';
export { goJsonMarshal } from './gojson.ts';
export { compareGoStrings, goQuote, utf8Bytes } from './gofmt.ts';
export { goYamlMarshal } from './goyaml.ts';
export { formatDig, formatDig as renderDig, formatDigTimeout, digRecordLine, DIG_VERSION } from './dig.ts';
export type { DigInput, DnsStatus } from './dig.ts';
export { dnsMessageSize } from './dns-wire.ts';
export type { DnsRecord, DnsType } from './dns-wire.ts';
export { formatBusyboxNslookup, formatBindNslookup, renderNslookup, KUBE_DNS_PTR } from './nslookup.ts';
export type { BusyboxNslookupInput, BindNslookupInput, CommandOutput } from './nslookup.ts';
