import { TemplateFailure, Unsupported } from './errors.js';
import { tokenize, type Token } from './lexer.js';
import type { PyValue } from './values.js';

/** Expression AST, following jinja2.parser's grammar and precedence. */
export type Expr =
  | { type: 'const'; value: PyValue }
  /** A string literal; `raw` is decoded later because Ansible decodes `{{ }}` and `{% %}` strings differently. */
  | { type: 'str'; raw: string; inVariable: boolean }
  | { type: 'name'; name: string }
  | { type: 'list'; items: Expr[] }
  | { type: 'dict'; items: Array<[Expr, Expr]> }
  | { type: 'getattr'; obj: Expr; attr: string }
  | { type: 'getitem'; obj: Expr; key: Expr }
  | { type: 'slice'; obj: Expr; start?: Expr; stop?: Expr; step?: Expr }
  | { type: 'call'; callee: Expr; args: Expr[]; kwargs: Array<[string, Expr]> }
  | { type: 'filter'; name: string; input: Expr; args: Expr[]; kwargs: Array<[string, Expr]> }
  | { type: 'test'; name: string; input: Expr; args: Expr[]; kwargs: Array<[string, Expr]> }
  | { type: 'not'; operand: Expr }
  | { type: 'neg' | 'pos'; operand: Expr }
  | { type: 'and' | 'or' | 'add' | 'sub' | 'pow'; left: Expr; right: Expr }
  | { type: 'concat'; parts: Expr[] }
  | { type: 'compare'; first: Expr; ops: Array<[CompareOp, Expr]> }
  | { type: 'cond'; test: Expr; then: Expr; otherwise?: Expr };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'lteq' | 'gt' | 'gteq' | 'in' | 'notin';

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'output'; expr: Expr }
  | { type: 'if'; branches: Array<{ test: Expr; body: TemplateNode[] }>; otherwise: TemplateNode[] };

const COMPARE: Record<string, CompareOp> = { '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'lteq', '>': 'gt', '>=': 'gteq' };

export function parseTemplate(source: string): TemplateNode[] {
  const parser = new Parser(tokenize(source));
  const body = parser.parseBody([]);
  if (body.stoppedAt !== undefined) throw new TemplateFailure(`unexpected '${body.stoppedAt}'`);
  return body.nodes;
}

class Parser {
  private pos = 0;
  private inVariable = false;

  constructor(private readonly tokens: Token[]) {}

  /** Parses until one of `stops` (a block keyword) or the end; returns which stop was met. */
  parseBody(stops: readonly string[]): { nodes: TemplateNode[]; stoppedAt?: string } {
    const nodes: TemplateNode[] = [];
    while (this.pos < this.tokens.length) {
      const t = this.next();
      if (t.kind === 'data') nodes.push({ type: 'text', text: t.value });
      else if (t.kind === 'variable_begin') {
        this.inVariable = true;
        nodes.push({ type: 'output', expr: this.parseExpression() });
        this.expect('variable_end');
        this.inVariable = false;
      } else if (t.kind === 'block_begin') {
        const keyword = this.expectName();
        if (stops.includes(keyword)) return { nodes, stoppedAt: keyword };
        if (keyword !== 'if') throw new Unsupported(`{% ${keyword} %} statements`);
        nodes.push(this.parseIf());
      } else throw new TemplateFailure(`unexpected ${t.kind}`);
    }
    return { nodes };
  }

  private parseIf(): TemplateNode {
    const branches: Array<{ test: Expr; body: TemplateNode[] }> = [];
    let otherwise: TemplateNode[] = [];
    let test = this.parseTupleExpression();
    for (;;) {
      this.expect('block_end');
      const body = this.parseBody(['elif', 'else', 'endif']);
      branches.push({ test, body: body.nodes });
      if (body.stoppedAt === 'elif') {
        test = this.parseTupleExpression();
        continue;
      }
      if (body.stoppedAt === 'else') {
        this.expect('block_end');
        const rest = this.parseBody(['endif']);
        if (rest.stoppedAt !== 'endif') throw new TemplateFailure("expected 'endif'");
        otherwise = rest.nodes;
      } else if (body.stoppedAt !== 'endif') throw new TemplateFailure("expected 'endif'");
      this.expect('block_end');
      return { type: 'if', branches, otherwise };
    }
  }

  /** jinja2's `parse_tuple(with_condexpr=False)` as used by `{% if %}`: no inline if/else. */
  private parseTupleExpression(): Expr {
    const e = this.parseOr();
    if (this.isOp(',')) throw new Unsupported('tuples');
    return e;
  }

  parseExpression(): Expr {
    let e = this.parseOr();
    while (this.isName('if')) {
      this.pos++;
      const test = this.parseOr();
      let otherwise: Expr | undefined;
      if (this.isName('else')) {
        this.pos++;
        otherwise = this.parseExpression();
      }
      e = { type: 'cond', test, then: e, otherwise };
    }
    return e;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.isName('or')) {
      this.pos++;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.isName('and')) {
      this.pos++;
      left = { type: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.isName('not')) {
      this.pos++;
      return { type: 'not', operand: this.parseNot() };
    }
    return this.parseCompare();
  }

  private parseCompare(): Expr {
    const first = this.parseMath1();
    const ops: Array<[CompareOp, Expr]> = [];
    for (;;) {
      const t = this.peek();
      if (t?.kind === 'operator' && COMPARE[t.value]) {
        this.pos++;
        ops.push([COMPARE[t.value] as CompareOp, this.parseMath1()]);
      } else if (this.isName('in')) {
        this.pos++;
        ops.push(['in', this.parseMath1()]);
      } else if (this.isName('not') && this.isName('in', 1)) {
        this.pos += 2;
        ops.push(['notin', this.parseMath1()]);
      } else break;
    }
    return ops.length ? { type: 'compare', first, ops } : first;
  }

  private parseMath1(): Expr {
    let left = this.parseConcat();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.opValue() === '+' ? 'add' : 'sub';
      this.pos++;
      left = { type: op, left, right: this.parseConcat() };
    }
    return left;
  }

  private parseConcat(): Expr {
    const parts = [this.parseMath2()];
    while (this.isOp('~')) {
      this.pos++;
      parts.push(this.parseMath2());
    }
    return parts.length === 1 ? (parts[0] as Expr) : { type: 'concat', parts };
  }

  private parseMath2(): Expr {
    const left = this.parsePow();
    if (['*', '/', '//', '%'].some((o) => this.isOp(o))) throw new Unsupported(`the '${this.opValue()}' operator`);
    return left;
  }

  /** jinja2's parse_pow: left-associative, each operand a unary expression with its filters. */
  private parsePow(): Expr {
    let left = this.parseUnary(true);
    while (this.isOp('**')) {
      this.pos++;
      left = { type: 'pow', left, right: this.parseUnary(true) };
    }
    return left;
  }

  private parseUnary(withFilter: boolean): Expr {
    let node: Expr;
    if (this.isOp('-') || this.isOp('+')) {
      const type = this.opValue() === '-' ? 'neg' : 'pos';
      this.pos++;
      node = { type, operand: this.parseUnary(false) };
    } else node = this.parsePrimary();
    node = this.parsePostfix(node);
    return withFilter ? this.parseFilterExpr(node) : node;
  }

  private parsePrimary(): Expr {
    const t = this.next();
    if (t.kind === 'name') {
      if (['true', 'True'].includes(t.value)) return { type: 'const', value: true };
      if (['false', 'False'].includes(t.value)) return { type: 'const', value: false };
      if (['none', 'None'].includes(t.value)) return { type: 'const', value: null };
      return { type: 'name', name: t.value };
    }
    if (t.kind === 'string') {
      let raw = t.raw;
      // Adjacent literals concatenate. Inside {{ }} strings are raw, so joining the raw text is
      // exact; in blocks each part is escape-decoded on its own, which joining would not be.
      while (this.peek()?.kind === 'string') {
        if (!this.inVariable) throw new Unsupported('adjacent string literals in a block');
        raw += (this.next() as { raw: string }).raw;
      }
      return { type: 'str', raw, inVariable: this.inVariable };
    }
    if (t.kind === 'integer' || t.kind === 'float') return { type: 'const', value: t.value };
    if (t.kind === 'operator' && t.value === '(') {
      if (this.isOp(')')) throw new Unsupported('tuples');
      const e = this.parseExpression();
      if (this.isOp(',')) throw new Unsupported('tuples');
      this.expectOp(')');
      return e;
    }
    if (t.kind === 'operator' && t.value === '[') {
      const items: Expr[] = [];
      while (!this.isOp(']')) {
        if (items.length) {
          this.expectOp(',');
          if (this.isOp(']')) break;
        }
        items.push(this.parseExpression());
      }
      this.expectOp(']');
      return { type: 'list', items };
    }
    if (t.kind === 'operator' && t.value === '{') {
      const items: Array<[Expr, Expr]> = [];
      while (!this.isOp('}')) {
        if (items.length) {
          this.expectOp(',');
          if (this.isOp('}')) break;
        }
        const key = this.parseExpression();
        this.expectOp(':');
        items.push([key, this.parseExpression()]);
      }
      this.expectOp('}');
      return { type: 'dict', items };
    }
    throw new TemplateFailure(`unexpected ${describe(t)}`);
  }

  private parsePostfix(node: Expr): Expr {
    for (;;) {
      if (this.isOp('.')) {
        this.pos++;
        const t = this.next();
        if (t.kind === 'name') node = { type: 'getattr', obj: node, attr: t.value };
        else if (t.kind === 'integer') node = { type: 'getitem', obj: node, key: { type: 'const', value: t.value } };
        else throw new TemplateFailure('expected name or number');
      } else if (this.isOp('[')) {
        this.pos++;
        node = this.parseSubscript(node);
      } else if (this.isOp('(')) {
        node = { type: 'call', callee: node, ...this.parseCallArgs() };
      } else return node;
    }
  }

  private parseSubscript(obj: Expr): Expr {
    const parts: Array<Expr | undefined> = [];
    let colons = 0;
    let current: Expr | undefined;
    while (!this.isOp(']')) {
      if (this.isOp(':')) {
        this.pos++;
        parts.push(current);
        current = undefined;
        colons++;
        if (colons > 2) throw new TemplateFailure('invalid slice');
      } else if (this.isOp(',')) throw new Unsupported('tuple subscripts');
      else if (current !== undefined) throw new TemplateFailure('invalid subscript');
      else current = this.parseExpression();
    }
    this.expectOp(']');
    if (colons === 0) {
      if (!current) throw new TemplateFailure('expected subscript expression');
      return { type: 'getitem', obj, key: current };
    }
    parts.push(current);
    return { type: 'slice', obj, start: parts[0], stop: parts[1], step: parts[2] };
  }

  private parseFilterExpr(node: Expr): Expr {
    for (;;) {
      if (this.isOp('|')) {
        this.pos++;
        const name = this.dottedName();
        const { args, kwargs } = this.isOp('(') ? this.parseCallArgs() : { args: [], kwargs: [] };
        node = { type: 'filter', name, input: node, args, kwargs };
      } else if (this.isName('is')) {
        this.pos++;
        const negated = this.isName('not');
        if (negated) this.pos++;
        const name = this.dottedName();
        let call: { args: Expr[]; kwargs: Array<[string, Expr]> } = { args: [], kwargs: [] };
        if (this.isOp('(')) call = this.parseCallArgs();
        else {
          const t = this.peek();
          const startsArg =
            t !== undefined &&
            (t.kind === 'string' || t.kind === 'integer' || t.kind === 'float' || (t.kind === 'operator' && ['[', '{'].includes(t.value)) || t.kind === 'name') &&
            !(t.kind === 'name' && ['else', 'or', 'and', 'is'].includes(t.value));
          // jinja2's parse_test: one argument without parentheses, a primary with its postfix (`is divisibleby 2`).
          if (startsArg) {
            if (this.isName('is')) throw new TemplateFailure('You cannot chain multiple tests with is');
            call = { args: [this.parsePostfix(this.parsePrimary())], kwargs: [] };
          }
        }
        const test: Expr = { type: 'test', name, input: node, ...call };
        node = negated ? { type: 'not', operand: test } : test;
      } else if (this.isOp('(')) {
        node = { type: 'call', callee: node, ...this.parseCallArgs() };
      } else return node;
    }
  }

  private parseCallArgs(): { args: Expr[]; kwargs: Array<[string, Expr]> } {
    this.expectOp('(');
    const args: Expr[] = [];
    const kwargs: Array<[string, Expr]> = [];
    let first = true;
    while (!this.isOp(')')) {
      if (!first) {
        this.expectOp(',');
        if (this.isOp(')')) break;
      }
      first = false;
      if (this.isOp('*') || this.isOp('**')) throw new Unsupported('*args / **kwargs in calls');
      const t = this.peek();
      const after = this.tokens[this.pos + 1];
      if (t?.kind === 'name' && after?.kind === 'operator' && after.value === '=') {
        this.pos += 2;
        kwargs.push([t.value, this.parseExpression()]);
      } else {
        if (kwargs.length) throw new TemplateFailure('invalid syntax for function call expression');
        args.push(this.parseExpression());
      }
    }
    this.expectOp(')');
    return { args, kwargs };
  }

  private dottedName(): string {
    let name = this.expectName();
    while (this.isOp('.')) {
      this.pos++;
      name += `.${this.expectName()}`;
    }
    return name;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }
  private next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new TemplateFailure('unexpected end of template');
    return t;
  }
  private isName(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'name' && t.value === value;
  }
  private isOp(value: string): boolean {
    const t = this.peek();
    return t?.kind === 'operator' && t.value === value;
  }
  private opValue(): string {
    const t = this.peek();
    return t?.kind === 'operator' ? t.value : '';
  }
  private expect(kind: Token['kind']): void {
    const t = this.next();
    if (t.kind !== kind) throw new TemplateFailure(`expected ${kind}, got ${describe(t)}`);
  }
  private expectOp(value: string): void {
    const t = this.next();
    if (t.kind !== 'operator' || t.value !== value) throw new TemplateFailure(`expected '${value}', got ${describe(t)}`);
  }
  private expectName(): string {
    const t = this.next();
    if (t.kind !== 'name') throw new TemplateFailure(`expected a name, got ${describe(t)}`);
    return t.value;
  }
}

function describe(t: Token): string {
  if ('value' in t) return `'${String(t.value)}'`;
  if (t.kind === 'string') return 'string';
  return t.kind;
}
