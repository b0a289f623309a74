// A TypeScript port of go-yaml v2's parser (parserc.go): turns the scanner's tokens into events.
// Error problems and marks are exactly those of the Go code, so `yaml: line N: ...` matches kubectl.

import { Scanner, YamlError, type Mark, type ScalarStyle, type Token } from './yaml-scanner.ts';

export type EventType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'ALIAS'
  | 'SCALAR'
  | 'SEQUENCE-START'
  | 'SEQUENCE-END'
  | 'MAPPING-START'
  | 'MAPPING-END';

export interface YamlEvent {
  type: EventType;
  start: Mark;
  end: Mark;
  anchor?: string;
  tag?: string;
  value?: string;
  /** plain_implicit for scalars (a plain scalar without tag, or tag "!"). */
  implicit?: boolean;
  quotedImplicit?: boolean;
  style?: ScalarStyle;
}

type State =
  | 'STREAM_START'
  | 'IMPLICIT_DOCUMENT_START'
  | 'DOCUMENT_START'
  | 'DOCUMENT_CONTENT'
  | 'DOCUMENT_END'
  | 'BLOCK_NODE'
  | 'BLOCK_NODE_OR_INDENTLESS_SEQUENCE'
  | 'FLOW_NODE'
  | 'BLOCK_SEQUENCE_FIRST_ENTRY'
  | 'BLOCK_SEQUENCE_ENTRY'
  | 'INDENTLESS_SEQUENCE_ENTRY'
  | 'BLOCK_MAPPING_FIRST_KEY'
  | 'BLOCK_MAPPING_KEY'
  | 'BLOCK_MAPPING_VALUE'
  | 'FLOW_SEQUENCE_FIRST_ENTRY'
  | 'FLOW_SEQUENCE_ENTRY'
  | 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY'
  | 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE'
  | 'FLOW_SEQUENCE_ENTRY_MAPPING_END'
  | 'FLOW_MAPPING_FIRST_KEY'
  | 'FLOW_MAPPING_KEY'
  | 'FLOW_MAPPING_VALUE'
  | 'FLOW_MAPPING_EMPTY_VALUE'
  | 'END';

interface TagDirective {
  handle: string;
  prefix: string;
}

const DEFAULT_TAG_DIRECTIVES: TagDirective[] = [
  { handle: '!', prefix: '!' },
  { handle: '!!', prefix: 'tag:yaml.org,2002:' },
];

export class Parser {
  private readonly scanner: Scanner;
  private state: State = 'STREAM_START';
  private states: State[] = [];
  private marks: Mark[] = [];
  private tagDirectives: TagDirective[] = [];
  private ended = false;

  constructor(input: string) {
    this.scanner = new Scanner(input);
  }

  private error(problem: string, problemMark: Mark): never {
    throw new YamlError('parser', problem, problemMark, '', { index: 0, line: 0, column: 0 });
  }

  private errorContext(context: string, contextMark: Mark, problem: string, problemMark: Mark): never {
    throw new YamlError('parser', problem, problemMark, context, contextMark);
  }

  private peek(): Token {
    return this.scanner.peek();
  }

  private skip(): void {
    this.scanner.skipToken();
  }

  private popState(): void {
    this.state = this.states.pop() ?? 'END';
  }

  /** yaml_parser_parse: the next event, or null after the stream end. */
  next(): YamlEvent | null {
    if (this.ended || this.scanner.streamEnded || this.state === 'END') return null;
    const ev = this.stateMachine();
    if (ev.type === 'STREAM-END') this.ended = true;
    return ev;
  }

  private stateMachine(): YamlEvent {
    switch (this.state) {
      case 'STREAM_START':
        return this.parseStreamStart();
      case 'IMPLICIT_DOCUMENT_START':
        return this.parseDocumentStart(true);
      case 'DOCUMENT_START':
        return this.parseDocumentStart(false);
      case 'DOCUMENT_CONTENT':
        return this.parseDocumentContent();
      case 'DOCUMENT_END':
        return this.parseDocumentEnd();
      case 'BLOCK_NODE':
        return this.parseNode(true, false);
      case 'BLOCK_NODE_OR_INDENTLESS_SEQUENCE':
        return this.parseNode(true, true);
      case 'FLOW_NODE':
        return this.parseNode(false, false);
      case 'BLOCK_SEQUENCE_FIRST_ENTRY':
        return this.parseBlockSequenceEntry(true);
      case 'BLOCK_SEQUENCE_ENTRY':
        return this.parseBlockSequenceEntry(false);
      case 'INDENTLESS_SEQUENCE_ENTRY':
        return this.parseIndentlessSequenceEntry();
      case 'BLOCK_MAPPING_FIRST_KEY':
        return this.parseBlockMappingKey(true);
      case 'BLOCK_MAPPING_KEY':
        return this.parseBlockMappingKey(false);
      case 'BLOCK_MAPPING_VALUE':
        return this.parseBlockMappingValue();
      case 'FLOW_SEQUENCE_FIRST_ENTRY':
        return this.parseFlowSequenceEntry(true);
      case 'FLOW_SEQUENCE_ENTRY':
        return this.parseFlowSequenceEntry(false);
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY':
        return this.parseFlowSequenceEntryMappingKey();
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE':
        return this.parseFlowSequenceEntryMappingValue();
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_END':
        return this.parseFlowSequenceEntryMappingEnd();
      case 'FLOW_MAPPING_FIRST_KEY':
        return this.parseFlowMappingKey(true);
      case 'FLOW_MAPPING_KEY':
        return this.parseFlowMappingKey(false);
      case 'FLOW_MAPPING_VALUE':
        return this.parseFlowMappingValue(false);
      case 'FLOW_MAPPING_EMPTY_VALUE':
        return this.parseFlowMappingValue(true);
      case 'END':
        throw new Error('invalid parser state');
    }
  }

  private parseStreamStart(): YamlEvent {
    const token = this.peek();
    if (token.type !== 'STREAM-START') this.error('did not find expected <stream-start>', token.start);
    this.state = 'IMPLICIT_DOCUMENT_START';
    this.skip();
    return { type: 'STREAM-START', start: token.start, end: token.end };
  }

  private parseDocumentStart(implicit: boolean): YamlEvent {
    let token = this.peek();
    if (!implicit) {
      while (token.type === 'DOCUMENT-END') {
        this.skip();
        token = this.peek();
      }
    }
    if (
      implicit &&
      token.type !== 'VERSION-DIRECTIVE' &&
      token.type !== 'TAG-DIRECTIVE' &&
      token.type !== 'DOCUMENT-START' &&
      token.type !== 'STREAM-END'
    ) {
      this.processDirectives();
      this.states.push('DOCUMENT_END');
      this.state = 'BLOCK_NODE';
      return { type: 'DOCUMENT-START', start: token.start, end: token.end };
    }
    if (token.type !== 'STREAM-END') {
      const start = token.start;
      this.processDirectives();
      token = this.peek();
      if (token.type !== 'DOCUMENT-START') this.error('did not find expected <document start>', token.start);
      this.states.push('DOCUMENT_END');
      this.state = 'DOCUMENT_CONTENT';
      const end = token.end;
      this.skip();
      return { type: 'DOCUMENT-START', start, end };
    }
    this.state = 'END';
    this.skip();
    return { type: 'STREAM-END', start: token.start, end: token.end };
  }

  private parseDocumentContent(): YamlEvent {
    const token = this.peek();
    if (
      token.type === 'VERSION-DIRECTIVE' ||
      token.type === 'TAG-DIRECTIVE' ||
      token.type === 'DOCUMENT-START' ||
      token.type === 'DOCUMENT-END' ||
      token.type === 'STREAM-END'
    ) {
      this.popState();
      return this.emptyScalar(token.start);
    }
    return this.parseNode(true, false);
  }

  private parseDocumentEnd(): YamlEvent {
    const token = this.peek();
    const start = token.start;
    let end = token.start;
    if (token.type === 'DOCUMENT-END') {
      end = token.end;
      this.skip();
    }
    this.tagDirectives = [];
    this.state = 'DOCUMENT_START';
    return { type: 'DOCUMENT-END', start, end };
  }

  private parseNode(block: boolean, indentlessSequence: boolean): YamlEvent {
    let token = this.peek();
    if (token.type === 'ALIAS') {
      this.popState();
      this.skip();
      return { type: 'ALIAS', start: token.start, end: token.end, anchor: token.value };
    }
    let start = token.start;
    let end = token.start;
    let tagToken = false;
    let tagHandle = '';
    let tagSuffix = '';
    let anchor: string | undefined;
    let tagMark = token.start;
    if (token.type === 'ANCHOR') {
      anchor = token.value;
      start = token.start;
      end = token.end;
      this.skip();
      token = this.peek();
      if (token.type === 'TAG') {
        tagToken = true;
        tagHandle = token.value ?? '';
        tagSuffix = token.suffix ?? '';
        tagMark = token.start;
        end = token.end;
        this.skip();
        token = this.peek();
      }
    } else if (token.type === 'TAG') {
      tagToken = true;
      tagHandle = token.value ?? '';
      tagSuffix = token.suffix ?? '';
      start = token.start;
      tagMark = token.start;
      end = token.end;
      this.skip();
      token = this.peek();
      if (token.type === 'ANCHOR') {
        anchor = token.value;
        end = token.end;
        this.skip();
        token = this.peek();
      }
    }
    let tag = '';
    if (tagToken) {
      if (tagHandle.length === 0) {
        tag = tagSuffix;
      } else {
        for (const d of this.tagDirectives) {
          if (d.handle === tagHandle) {
            tag = d.prefix + tagSuffix;
            break;
          }
        }
        if (tag.length === 0) {
          this.errorContext('while parsing a node', start, 'found undefined tag handle', tagMark);
        }
      }
    }
    const implicit = tag.length === 0;
    if (indentlessSequence && token.type === 'BLOCK-ENTRY') {
      end = token.end;
      this.state = 'INDENTLESS_SEQUENCE_ENTRY';
      return { type: 'SEQUENCE-START', start, end, anchor, tag, implicit };
    }
    if (token.type === 'SCALAR') {
      let plainImplicit = false;
      let quotedImplicit = false;
      end = token.end;
      if ((tag.length === 0 && token.style === 'plain') || tag === '!') plainImplicit = true;
      else if (tag.length === 0) quotedImplicit = true;
      this.popState();
      this.skip();
      return {
        type: 'SCALAR',
        start,
        end,
        anchor,
        tag,
        value: token.value,
        implicit: plainImplicit,
        quotedImplicit,
        style: token.style,
      };
    }
    if (token.type === 'FLOW-SEQUENCE-START') {
      end = token.end;
      this.state = 'FLOW_SEQUENCE_FIRST_ENTRY';
      return { type: 'SEQUENCE-START', start, end, anchor, tag, implicit };
    }
    if (token.type === 'FLOW-MAPPING-START') {
      end = token.end;
      this.state = 'FLOW_MAPPING_FIRST_KEY';
      return { type: 'MAPPING-START', start, end, anchor, tag, implicit };
    }
    if (block && token.type === 'BLOCK-SEQUENCE-START') {
      end = token.end;
      this.state = 'BLOCK_SEQUENCE_FIRST_ENTRY';
      return { type: 'SEQUENCE-START', start, end, anchor, tag, implicit };
    }
    if (block && token.type === 'BLOCK-MAPPING-START') {
      end = token.end;
      this.state = 'BLOCK_MAPPING_FIRST_KEY';
      return { type: 'MAPPING-START', start, end, anchor, tag, implicit };
    }
    if (anchor !== undefined || tag.length > 0) {
      this.popState();
      return { type: 'SCALAR', start, end, anchor, tag, value: '', implicit, quotedImplicit: false, style: 'plain' };
    }
    this.errorContext(
      block ? 'while parsing a block node' : 'while parsing a flow node',
      start,
      'did not find expected node content',
      token.start,
    );
  }

  private parseBlockSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      const t = this.peek();
      this.marks.push(t.start);
      this.skip();
    }
    let token = this.peek();
    if (token.type === 'BLOCK-ENTRY') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'BLOCK-ENTRY' && token.type !== 'BLOCK-END') {
        this.states.push('BLOCK_SEQUENCE_ENTRY');
        return this.parseNode(true, false);
      }
      this.state = 'BLOCK_SEQUENCE_ENTRY';
      return this.emptyScalar(mark);
    }
    if (token.type === 'BLOCK-END') {
      this.popState();
      this.marks.pop();
      this.skip();
      return { type: 'SEQUENCE-END', start: token.start, end: token.end };
    }
    const contextMark = this.marks.pop() ?? token.start;
    this.errorContext(
      'while parsing a block collection',
      contextMark,
      "did not find expected '-' indicator",
      token.start,
    );
  }

  private parseIndentlessSequenceEntry(): YamlEvent {
    let token = this.peek();
    if (token.type === 'BLOCK-ENTRY') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (
        token.type !== 'BLOCK-ENTRY' &&
        token.type !== 'KEY' &&
        token.type !== 'VALUE' &&
        token.type !== 'BLOCK-END'
      ) {
        this.states.push('INDENTLESS_SEQUENCE_ENTRY');
        return this.parseNode(true, false);
      }
      this.state = 'INDENTLESS_SEQUENCE_ENTRY';
      return this.emptyScalar(mark);
    }
    this.popState();
    return { type: 'SEQUENCE-END', start: token.start, end: token.start };
  }

  private parseBlockMappingKey(first: boolean): YamlEvent {
    if (first) {
      const t = this.peek();
      this.marks.push(t.start);
      this.skip();
    }
    let token = this.peek();
    if (token.type === 'KEY') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'KEY' && token.type !== 'VALUE' && token.type !== 'BLOCK-END') {
        this.states.push('BLOCK_MAPPING_VALUE');
        return this.parseNode(true, true);
      }
      this.state = 'BLOCK_MAPPING_VALUE';
      return this.emptyScalar(mark);
    }
    if (token.type === 'BLOCK-END') {
      this.popState();
      this.marks.pop();
      this.skip();
      return { type: 'MAPPING-END', start: token.start, end: token.end };
    }
    const contextMark = this.marks.pop() ?? token.start;
    this.errorContext('while parsing a block mapping', contextMark, 'did not find expected key', token.start);
  }

  private parseBlockMappingValue(): YamlEvent {
    let token = this.peek();
    if (token.type === 'VALUE') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'KEY' && token.type !== 'VALUE' && token.type !== 'BLOCK-END') {
        this.states.push('BLOCK_MAPPING_KEY');
        return this.parseNode(true, true);
      }
      this.state = 'BLOCK_MAPPING_KEY';
      return this.emptyScalar(mark);
    }
    this.state = 'BLOCK_MAPPING_KEY';
    return this.emptyScalar(token.start);
  }

  private parseFlowSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      const t = this.peek();
      this.marks.push(t.start);
      this.skip();
    }
    let token = this.peek();
    if (token.type !== 'FLOW-SEQUENCE-END') {
      if (!first) {
        if (token.type === 'FLOW-ENTRY') {
          this.skip();
          token = this.peek();
        } else {
          const contextMark = this.marks.pop() ?? token.start;
          this.errorContext(
            'while parsing a flow sequence',
            contextMark,
            "did not find expected ',' or ']'",
            token.start,
          );
        }
      }
      if (token.type === 'KEY') {
        this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY';
        this.skip();
        return { type: 'MAPPING-START', start: token.start, end: token.end, implicit: true };
      } else if (token.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW_SEQUENCE_ENTRY');
        return this.parseNode(false, false);
      }
    }
    this.popState();
    this.marks.pop();
    this.skip();
    return { type: 'SEQUENCE-END', start: token.start, end: token.end };
  }

  private parseFlowSequenceEntryMappingKey(): YamlEvent {
    const token = this.peek();
    if (token.type !== 'VALUE' && token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-SEQUENCE-END') {
      this.states.push('FLOW_SEQUENCE_ENTRY_MAPPING_VALUE');
      return this.parseNode(false, false);
    }
    const mark = token.end;
    this.skip();
    this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE';
    return this.emptyScalar(mark);
  }

  private parseFlowSequenceEntryMappingValue(): YamlEvent {
    let token = this.peek();
    if (token.type === 'VALUE') {
      this.skip();
      token = this.peek();
      if (token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW_SEQUENCE_ENTRY_MAPPING_END');
        return this.parseNode(false, false);
      }
    }
    this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_END';
    return this.emptyScalar(token.start);
  }

  private parseFlowSequenceEntryMappingEnd(): YamlEvent {
    const token = this.peek();
    this.state = 'FLOW_SEQUENCE_ENTRY';
    return { type: 'MAPPING-END', start: token.start, end: token.start };
  }

  private parseFlowMappingKey(first: boolean): YamlEvent {
    if (first) {
      const t = this.peek();
      this.marks.push(t.start);
      this.skip();
    }
    let token = this.peek();
    if (token.type !== 'FLOW-MAPPING-END') {
      if (!first) {
        if (token.type === 'FLOW-ENTRY') {
          this.skip();
          token = this.peek();
        } else {
          const contextMark = this.marks.pop() ?? token.start;
          this.errorContext(
            'while parsing a flow mapping',
            contextMark,
            "did not find expected ',' or '}'",
            token.start,
          );
        }
      }
      if (token.type === 'KEY') {
        this.skip();
        token = this.peek();
        if (token.type !== 'VALUE' && token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-MAPPING-END') {
          this.states.push('FLOW_MAPPING_VALUE');
          return this.parseNode(false, false);
        }
        this.state = 'FLOW_MAPPING_VALUE';
        return this.emptyScalar(token.start);
      } else if (token.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW_MAPPING_EMPTY_VALUE');
        return this.parseNode(false, false);
      }
    }
    this.popState();
    this.marks.pop();
    this.skip();
    return { type: 'MAPPING-END', start: token.start, end: token.end };
  }

  private parseFlowMappingValue(empty: boolean): YamlEvent {
    let token = this.peek();
    if (empty) {
      this.state = 'FLOW_MAPPING_KEY';
      return this.emptyScalar(token.start);
    }
    if (token.type === 'VALUE') {
      this.skip();
      token = this.peek();
      if (token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW_MAPPING_KEY');
        return this.parseNode(false, false);
      }
    }
    this.state = 'FLOW_MAPPING_KEY';
    return this.emptyScalar(token.start);
  }

  private emptyScalar(mark: Mark): YamlEvent {
    return { type: 'SCALAR', start: mark, end: mark, value: '', implicit: true, style: 'plain', tag: '' };
  }

  private processDirectives(): void {
    let token = this.peek();
    let sawVersion = false;
    while (token.type === 'VERSION-DIRECTIVE' || token.type === 'TAG-DIRECTIVE') {
      if (token.type === 'VERSION-DIRECTIVE') {
        if (sawVersion) this.error('found duplicate %YAML directive', token.start);
        if (token.major !== 1 || token.minor !== 1) this.error('found incompatible YAML document', token.start);
        sawVersion = true;
      } else {
        this.appendTagDirective({ handle: token.value ?? '', prefix: token.prefix ?? '' }, false, token.start);
      }
      this.skip();
      token = this.peek();
    }
    for (const d of DEFAULT_TAG_DIRECTIVES) this.appendTagDirective(d, true, token.start);
  }

  private appendTagDirective(value: TagDirective, allowDuplicates: boolean, mark: Mark): void {
    for (const d of this.tagDirectives) {
      if (d.handle === value.handle) {
        if (allowDuplicates) return;
        this.error('found duplicate %TAG directive', mark);
      }
    }
    this.tagDirectives.push({ ...value });
  }
}
